package org.rectransfer.cli;

/** The exit codes of docs/cli.md §Output and exit codes. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** A failure that is not the user's input: a bug, a full disk, a crash of a library. */
    public static final int FAILURE = 1;
    /** Bad usage or bad input: an unknown option, a missing or malformed file. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() { }
}
