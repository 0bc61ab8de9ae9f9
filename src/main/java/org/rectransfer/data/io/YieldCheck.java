package org.rectransfer.data.io;

import org.rectransfer.data.io.LineSource.NumberedLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Notices a delimited read that turned few of its lines into interactions, the sign of a file
 * read in the wrong format: a one-line JSON map forced through {@code --format delimited} splits
 * at its commas into one "interaction" and would otherwise load without a word.
 *
 * <p>The rule: warn when fewer than 2 data lines parsed, or fewer than half of them. Without
 * {@link ReadOptions#skipBadLines()} the first bad line already stops the read, so the half rule
 * is for skipping reads, where a wrong format shows as most lines skipped; the floor of 2 catches
 * the rest, and a domain of one interaction is useless downstream even when its format is right,
 * so that warning is never noise. Lines dropped by the minimum rating did parse and count as
 * parsed: that drop is asked for. The warning names the format the content looks like, when the
 * detector recognises one other than delimited.
 */
final class YieldCheck {
    private YieldCheck() { }

    /** @return the warning for a delimited read that parsed few of its data lines, or null */
    static String delimited(Path file, DomainCollector collector, String start, List<NumberedLine> head) {
        long records = collector.records();
        long parsed = records - collector.badRecords();
        if (parsed >= 2 && 2 * parsed >= records) return null;
        String warning = String.format(Locale.ROOT, "read as delimited, only %,d of %,d data line%s gave an interaction",
                parsed, records, records == 1 ? "" : "s");
        DataFormat likely = FormatDetector.guess(file, start, head);
        if (likely != null && likely != DataFormat.DELIMITED) {
            return warning + "; the content looks like " + likely + " (try --format " + likely + ")";
        }
        return warning + "; check --format (" + DataFormat.NAMES + ")";
    }
}
