package org.rectransfer.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds a workspace as schema version 3 wrote it, from {@code workspace-v3.sql} (its exact DDL
 * and a few runs), without going through {@link Workspace}, which would upgrade it.
 */
public final class V3Workspace {
    /** The sweep in it: Book to Office, config-6, seeds 1 and 2. */
    public static final String SWEEP = "sw-v3";

    private V3Workspace() { }

    /** Creates {@code dir/workspace.db} (and {@code dir/models}); @return dir */
    public static Path create(Path dir) throws IOException, SQLException {
        Files.createDirectories(dir.resolve("models"));
        String script;
        try (InputStream in = V3Workspace.class.getResourceAsStream("/workspace-v3.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("workspace.db"));
             Statement statement = db.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");   // as every version opened its workspaces
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!sql.isBlank()) statement.execute(sql);
            }
        }
        return dir;
    }
}
