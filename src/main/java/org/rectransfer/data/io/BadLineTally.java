package org.rectransfer.data.io;

import org.rectransfer.data.BadInputException;

import java.nio.file.Path;

/** Counts the malformed lines (or other records) skipped under {@link ReadOptions#skipBadLines()} and keeps the first. */
final class BadLineTally {
    private final Path file;
    private long count;
    private long firstLine;
    private String firstProblem;

    BadLineTally(Path file) {
        this.file = file;
    }

    /** Records a skipped line. */
    void add(long line, String problem) {
        if (count++ == 0) {
            firstLine = line;
            firstProblem = problem;
        }
    }

    /** @return the number of lines skipped */
    long count() { return count; }

    /** @return the first skipped line as a one-line message naming file and line, or null */
    String firstMessage() {
        return count == 0 ? null : new BadInputException(file, firstLine, firstProblem).getMessage();
    }

    /**
     * @param recordsName what was read, plural: {@code data lines}, {@code user entries}
     * @return the error for a file whose every record was bad
     */
    BadInputException allBad(String recordsName) {
        return new BadInputException(file, firstLine, "no interactions: all " + count
                + " " + recordsName + " are bad, the first: " + firstProblem);
    }
}
