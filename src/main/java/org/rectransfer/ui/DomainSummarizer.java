package org.rectransfer.ui;

import org.rectransfer.data.ActivityHistogram;
import org.rectransfer.data.BadInputException;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.DomainStats;
import org.rectransfer.data.Filters;
import org.rectransfer.data.io.DomainLoader;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.LoadedDomain;
import org.rectransfer.data.io.ReadReport;
import org.rectransfer.data.io.ReadOptions;

import java.nio.file.Path;

/** Loads one domain file and summarises it as a {@link DomainRow}; plain Java, any thread. */
final class DomainSummarizer {
    private DomainSummarizer() { }

    /** @return the row for {@code file} read with {@code settings}: its statistics, or the error that stopped it loading */
    static DomainRow summarize(Path file, DomainSettings settings) {
        DomainSource source = new DomainSource(DomainSource.nameOf(file), file);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            ReadOptions options = new ReadOptions(settings.format(), ReadOptions.DEFAULT.minRating(), ReadOptions.DEFAULT.skipBadLines());
            LoadedDomain loaded = DomainLoader.load(source, options);
            Dataset raw = loaded.dataset();
            Dataset kept = Filters.apply(raw, settings.filter());
            return DomainRow.loaded(file, settings, DomainStats.of(raw), DomainStats.of(kept), describe(loaded.report()),
                    ActivityHistogram.of(kept));
        } catch (BadInputException e) {
            // The row shows the file already and the header its folder: keep the message short.
            return DomainRow.failed(file, settings, source.name(), oneLine(e.getMessage().replace(file.toString(), fileName)));
        } catch (RuntimeException e) {
            // One broken file must not hide the others: report it on its row and go on.
            return DomainRow.failed(file, settings, source.name(), fileName + ": " + describe(e));
        }
    }

    private static String oneLine(String message) {
        return message.replace('\n', ' ');
    }

    /** @return e.g. {@code delimited · 3 duplicates merged}: the format, then only what is worth a look */
    static String describe(ReadReport report) {
        StringBuilder note = new StringBuilder(report.format().cliName());
        appendCount(note, report.duplicates(), "duplicate merged", "duplicates merged");
        appendCount(note, report.badLines(), "bad line skipped", "bad lines skipped");
        appendCount(note, report.belowMinRating(), "line below the minimum rating", "lines below the minimum rating");
        return note.toString();
    }

    private static void appendCount(StringBuilder note, long count, String one, String many) {
        if (count > 0) note.append(String.format(" · %,d %s", count, count == 1 ? one : many));
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ');
        return e.getClass().getSimpleName() + message;
    }
}
