package org.rectransfer.store;

import java.nio.file.Path;

/** A command that only reads was pointed at a folder that holds no workspace: bad input, in one line. */
public final class NoSuchWorkspaceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NoSuchWorkspaceException(Path dir) {
        super("no workspace in " + dir + " (nothing has been trained there yet; check --workspace)");
    }
}
