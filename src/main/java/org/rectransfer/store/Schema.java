package org.rectransfer.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/** The workspace database's tables; documented for pandas and R users in docs/workspace.md. */
final class Schema {
    static final int VERSION = 4;

    private static final String[] TABLES = {
        """
        CREATE TABLE IF NOT EXISTS runs (
          id TEXT PRIMARY KEY,
          kind TEXT NOT NULL,
          domain TEXT NOT NULL,
          data_file TEXT NOT NULL,
          data_hash TEXT NOT NULL,
          source_run TEXT,
          plan TEXT,
          seed INTEGER NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
          settings_json TEXT NOT NULL,
          provenance_json TEXT NOT NULL,
          created_at TEXT NOT NULL,
          finished_at TEXT,
          users INTEGER, items INTEGER, interactions INTEGER,
          hr REAL, ndcg REAL, mrr REAL,
          full_hr REAL, full_ndcg REAL, full_mrr REAL,
          epochs INTEGER, best_epoch INTEGER,
          samples_per_second REAL, seconds REAL,
          model_file TEXT,
          error TEXT,
          flat_users INTEGER,
          collapsed INTEGER)""",
        """
        CREATE TABLE IF NOT EXISTS epochs (
          run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          epoch INTEGER NOT NULL,
          loss REAL, hr REAL, ndcg REAL, validation_hr REAL,
          seconds REAL, samples_per_second REAL,
          PRIMARY KEY (run_id, epoch))""",
        """
        CREATE TABLE IF NOT EXISTS user_hits (
          run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          user_index INTEGER NOT NULL,
          user_key TEXT NOT NULL,
          rank INTEGER NOT NULL,
          hit INTEGER NOT NULL,
          PRIMARY KEY (run_id, user_index))""",
        """
        CREATE TABLE IF NOT EXISTS sweeps (
          id TEXT PRIMARY KEY,
          spec_json TEXT NOT NULL,
          created_at TEXT NOT NULL,
          status TEXT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS sweep_runs (
          sweep_id TEXT NOT NULL REFERENCES sweeps(id) ON DELETE CASCADE,
          task_key TEXT NOT NULL,
          run_id TEXT NOT NULL REFERENCES runs(id),
          kind TEXT NOT NULL,
          source TEXT,
          target TEXT NOT NULL,
          config TEXT NOT NULL,
          seed INTEGER NOT NULL,
          PRIMARY KEY (sweep_id, task_key))""",
        """
        CREATE TABLE IF NOT EXISTS task_claims (
          sweep_id TEXT NOT NULL,
          task_key TEXT NOT NULL,
          host TEXT NOT NULL,
          pid INTEGER NOT NULL,
          process_start TEXT,
          heartbeat_at TEXT NOT NULL,
          PRIMARY KEY (sweep_id, task_key))""",
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        SavedDomains.TABLE,
    };

    private Schema() { }

    /** Columns added after version 1, added in place to older workspaces (their runs keep NULL). */
    private static final String[][] ADDED_RUN_COLUMNS = {
        {"flat_users", "INTEGER"},
        {"collapsed", "INTEGER"},
        {"model_sha256", "TEXT"},
    };

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) statement.execute(table);
            upgrade(connection, statement);
            addRunMetrics(statement);
        }
    }

    /**
     * Version 4: metrics move to rows of {@code run_metrics}; the runs of an older workspace have
     * theirs copied from the legacy columns. One transaction, begun IMMEDIATE so that a second
     * process opening the workspace at the same time waits for the write lock and then finds
     * version 4 (a deferred one could read version 3 and then fail to write); the copy keeps rows
     * already there anyway. A version 3 tool that opened the workspace meanwhile set the version
     * back to 3, so its runs, with legacy columns only, are copied the next time too.
     */
    private static void addRunMetrics(Statement statement) throws SQLException {
        statement.execute("BEGIN IMMEDIATE");
        try {
            statement.execute(RunMetrics.TABLE);
            if (storedVersion(statement) < 4) RunMetrics.copyLegacyColumns(statement);
            statement.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '" + VERSION + "')");
            statement.execute("UPDATE meta SET value = '" + VERSION + "' WHERE key = 'schema_version'");
            statement.execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            statement.execute("ROLLBACK");
            throw e;
        }
    }

    /** @return the schema version the workspace was last opened with, 0 for a new one */
    private static int storedVersion(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            return rows.next() ? Integer.parseInt(rows.getString(1)) : 0;
        }
    }

    private static void upgrade(Connection connection, Statement statement) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA table_info(runs)")) {
            while (rows.next()) columns.add(rows.getString("name"));
        }
        for (String[] column : ADDED_RUN_COLUMNS) {
            if (columns.contains(column[0])) continue;
            try {
                statement.execute("ALTER TABLE runs ADD COLUMN " + column[0] + " " + column[1]);
            } catch (SQLException e) {
                // Another process opening the same workspace may have added it a moment ago.
                if (!String.valueOf(e.getMessage()).contains("duplicate column")) throw e;
            }
        }
    }
}
