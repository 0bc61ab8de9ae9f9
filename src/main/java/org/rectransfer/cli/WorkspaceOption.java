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
        if (dir != null) return dir;
        String env = System.getenv("RECTRANSFER_WORKSPACE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".rectransfer", "workspace");
    }

    /** @return the opened workspace */
    public Workspace open() {
        return Workspace.open(dir());
    }
}
