package org.rectransfer.study;

/** A sweep id that the workspace does not hold: bad input, reported in one line. */
public final class NoSuchSweepException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public NoSuchSweepException(String sweepId, java.nio.file.Path workspace) {
        super("no sweep '" + sweepId + "' in workspace " + workspace);
    }
}
