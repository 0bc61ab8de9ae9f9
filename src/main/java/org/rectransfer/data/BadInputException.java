package org.rectransfer.data;

import java.nio.file.Path;

/**
 * Input that cannot be read: a missing, empty, truncated or malformed file. The message is one
 * line naming the file and, where there is one, the line: {@code data.tsv:17: expected 2 to 4 columns, found 1}.
 */
public class BadInputException extends RuntimeException {
    private final transient Path file;
    private final long line;

    /**
     * @param file    the file at fault
     * @param line    the 1-based line number, or 0 when the fault is not on one line
     * @param problem what is wrong, without the file name
     */
    public BadInputException(Path file, long line, String problem) {
        super(format(file, line, problem));
        this.file = file;
        this.line = line;
    }

    /** @return the file at fault */
    public Path file() { return file; }

    /** @return the 1-based line number, 0 when the fault is not on one line */
    public long line() { return line; }

    private static String format(Path file, long line, String problem) {
        String where = line > 0 ? file + ":" + line : String.valueOf(file);
        return where + ": " + problem.replace('\n', ' ');
    }
}
