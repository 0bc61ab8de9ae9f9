package org.rectransfer.cli;

import java.io.PrintWriter;
import org.rectransfer.data.io.ReadReport;

/** Human-facing notes on stderr; stdout stays for the command's result. */
final class Progress {
    private Progress() { }

    /** Prints what reading {@code file} skipped, and the reader's warning (e.g. a likely wrong format). */
    static void warnAboutRead(PrintWriter err, ReadReport report, String file) {
        if (report.badLines() > 0) {
            err.printf("warning: %s: skipped %d malformed line(s); first: %s%n", file, report.badLines(), report.firstBadLine());
        }
        if (report.warning() != null) {
            err.printf("warning: %s: %s%n", file, report.warning());
        }
        err.flush();
    }
}
