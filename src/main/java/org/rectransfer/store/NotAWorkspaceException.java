package org.rectransfer.store;

/** A {@code --workspace} that is a file, or whose database is not an SQLite database: bad input, in one line. */
public final class NotAWorkspaceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotAWorkspaceException(String message) {
        super(message);
    }
}
