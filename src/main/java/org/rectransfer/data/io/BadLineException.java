package org.rectransfer.data.io;

/**
 * One malformed line: fatal, or counted and skipped with {@link ReadOptions#skipBadLines()}.
 * Carries no stack trace: it is an expected outcome of parsing, possibly thrown for many lines.
 */
final class BadLineException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param problem what is wrong with the line, one short phrase */
    BadLineException(String problem) {
        super(problem, null, false, false);
    }
}
