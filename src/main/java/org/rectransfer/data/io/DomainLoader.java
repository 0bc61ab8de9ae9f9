package org.rectransfer.data.io;

import org.rectransfer.data.BadInputException;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.DatasetBuilder;
import org.rectransfer.data.io.LineSource.NumberedLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a domain file of any supported format into a {@link LoadedDomain}, streaming: memory
 * grows with the interactions kept, never with the file size.
 *
 * <p>With {@link DataFormat#AUTO} the first non-blank line decides: a JSON object with
 * {@code reviewerID} and {@code asin} is Amazon JSON lines; exactly 4 comma-separated columns
 * {@code item,user,5.0,1123804800} (rating in [0, 5] with a decimal point, 9-10 digit time) is
 * the Amazon ratings CSV, unless the ids show Amazon's user-first 2014 layout; anything else of 2
 * or more columns is delimited (tab, {@code ::}, comma or whitespace; header optional, roles
 * from known names or by position). The order key is the time column, else the line number; a
 * time must be an integer. Malformed lines are errors, or with
 * {@link ReadOptions#skipBadLines()} counted and skipped; faults of the file as a whole (missing,
 * directory, empty, binary, truncated or corrupt gzip, unknown format, nothing left to read)
 * are always errors.
 */
public final class DomainLoader {
    /** Lines looked at before reading: the first decides the format, the second a date column. */
    private static final int HEAD_LINES = 2;

    private DomainLoader() { }

    /**
     * Streams {@code source} (gzip handled transparently) into a dataset named after it.
     *
     * @throws BadInputException for a missing, empty, binary, truncated or malformed file, and
     *                           for a file that yields no interaction; the only exception thrown
     */
    public static LoadedDomain load(DomainSource source, ReadOptions options) {
        Path file = source.path();
        Objects.requireNonNull(options.format(), "options.format");
        try (LineSource lines = InputOpener.open(file)) {
            List<NumberedLine> head = lines.peekNonBlank(HEAD_LINES);
            if (head.isEmpty()) throw new BadInputException(file, 0, "empty file: no interactions");
            DataFormat format = options.format() == DataFormat.AUTO
                    ? FormatDetector.detect(file, head.get(0)) : options.format();
            LineParser parser = parser(format, file, head, lines);
            return read(source, options, format, parser, lines);
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // A reader bug must still surface as the one exception callers handle, naming the file.
            throw new BadInputException(file, 0, "cannot read: " + e);
        }
    }

    private static LineParser parser(DataFormat format, Path file, List<NumberedLine> head, LineSource lines) {
        return switch (format) {
            case AMAZON_JSON -> new AmazonJsonParser();
            case AMAZON_CSV -> new DelimitedParser(DelimitedLayout.amazonCsv());
            case DELIMITED, AUTO -> {
                DelimitedLayout layout = DelimitedLayout.detect(file, head);
                if (layout.header()) lines.skipThrough(head.get(0).number());
                yield new DelimitedParser(layout);
            }
        };
    }

    private static LoadedDomain read(DomainSource source, ReadOptions options, DataFormat format,
                                     LineParser parser, LineSource lines) {
        Path file = source.path();
        DatasetBuilder builder = new DatasetBuilder(source.name());
        RatingFilterSink sink = new RatingFilterSink(builder, options.minRating());
        BadLineTally bad = new BadLineTally(file);
        long dataLines = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) continue;
            dataLines++;
            try {
                parser.parse(line, lines.lineNumber(), sink);
            } catch (BadLineException e) {
                if (!options.skipBadLines()) throw new BadInputException(file, lines.lineNumber(), e.getMessage());
                bad.add(lines.lineNumber(), e.getMessage());
            }
        }
        requireInteractions(file, builder.added(), dataLines, bad, options.minRating());
        Dataset dataset = builder.build();
        ReadReport report = new ReadReport(format, dataLines, bad.count(), bad.firstMessage(),
                sink.belowMinRating(), builder.added() - (long) dataset.interactions());
        return new LoadedDomain(dataset, report);
    }

    /** An empty domain is useless downstream and almost always a mistake: say why it is empty. */
    private static void requireInteractions(Path file, int accepted, long dataLines, BadLineTally bad,
                                            double minRating) {
        if (accepted > 0) return;
        if (dataLines == 0) throw new BadInputException(file, 0, "no interactions: only a header line");
        if (bad.count() == dataLines) throw bad.allBad();
        throw new BadInputException(file, 0, "no interactions with a rating >= " + minRating);
    }
}
