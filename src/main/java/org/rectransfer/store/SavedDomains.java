package org.rectransfer.store;

import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DataFormat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The workbench's list of domains in the workspace ({@code domains} table): the files a user
 * added, and the format and filter chosen for any listed file. Stores paths only, never reads
 * them. Created with {@code CREATE TABLE IF NOT EXISTS}, so older workspaces gain it on open
 * without a schema version change; a workspace opened read-only without it lists nothing.
 */
public final class SavedDomains {
    static final String TABLE = """
            CREATE TABLE IF NOT EXISTS domains (
              path TEXT PRIMARY KEY,
              name TEXT NOT NULL,
              format TEXT NOT NULL,
              min_user INTEGER NOT NULL,
              min_item INTEGER NOT NULL,
              kcore INTEGER NOT NULL,
              added_at TEXT NOT NULL)""";

    private SavedDomains() { }

    /** @return the saved domains, in the order they were added */
    public static List<SavedDomain> list(Workspace workspace) {
        synchronized (workspace) {
            try (PreparedStatement query = workspace.connection().prepareStatement(
                    "SELECT path, name, format, min_user, min_item, kcore, added_at FROM domains ORDER BY added_at, path");
                 ResultSet rows = query.executeQuery()) {
                List<SavedDomain> domains = new ArrayList<>();
                while (rows.next()) {
                    domains.add(new SavedDomain(Path.of(rows.getString("path")), rows.getString("name"),
                            DataFormat.parse(rows.getString("format")),
                            new FilterSpec(rows.getInt("min_user"), rows.getInt("min_item"), rows.getInt("kcore") != 0),
                            rows.getString("added_at")));
                }
                return domains;
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).contains("no such table")) return List.of();
                throw new StoreException("cannot read the domain list: " + e.getMessage(), e);
            }
        }
    }

    /** Adds {@code domain}, or replaces its format and filter when its path is listed already (keeping when it was added). */
    public static void save(Workspace workspace, SavedDomain domain) {
        synchronized (workspace) {
            FilterSpec filter = domain.filter();
            Sql.update(workspace.connection(), """
                    INSERT INTO domains (path, name, format, min_user, min_item, kcore, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(path) DO UPDATE SET name = excluded.name, format = excluded.format,
                      min_user = excluded.min_user, min_item = excluded.min_item, kcore = excluded.kcore""",
                    key(domain.path()), domain.name(), domain.format().cliName(), filter.minUser(), filter.minItem(),
                    filter.kcore() ? 1 : 0, domain.addedAt());
        }
    }

    /** Takes {@code path} off the list (the file itself is left alone). @return whether it was listed */
    public static boolean remove(Workspace workspace, Path path) {
        synchronized (workspace) {
            return Sql.update(workspace.connection(), "DELETE FROM domains WHERE path = ?", key(path)) > 0;
        }
    }

    /** @return the stored form of a path: absolute and normalised, so one file is one row */
    static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
