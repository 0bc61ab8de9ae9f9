package org.rectransfer.cli;

import java.io.PrintWriter;
import org.rectransfer.data.io.ReadReport;

/** Human-facing notes on stderr; stdout stays for the command's result. */
final class Progress {
    private Progress() { }

    static void warnSkippedLines(PrintWriter err, ReadReport report, String file) {
        if (report.badLines() > 0) {
            err.printf("warning: %s: skipped %d malformed line(s); first: %s%n", file, report.badLines(), report.firstBadLine());
            err.flush();
        }
    }
}
