package org.rectransfer.cli;

import java.nio.file.Path;
import org.rectransfer.store.Workspace;
import picocli.CommandLine.Option;

/** {@code --workspace DIR}: where runs are stored (default: $RECTRANSFER_WORKSPACE or ~/.rectransfer/workspace). */
public final class WorkspaceOption {
    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder (default: $RECTRANSFER_WORKSPACE, else ~/.rectransfer/workspace).")
    Path dir;

    /** @return the chosen folder */
    public Path dir() {
        return dir != null ? dir : Workspace.defaultDir();
    }

    /** @return the opened workspace, created if it does not exist (for commands that train) */
    public Workspace open() {
        return Workspace.open(dir());
    }

    /** @return the existing workspace, for commands that only read (never created, readable on a read-only disk) */
    public Workspace openForReading() {
        return Workspace.openForReading(dir());
    }
}
