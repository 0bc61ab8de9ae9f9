package org.rectransfer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The workspace database's tables; documented for pandas and R users in docs/workspace.md. */
final class Schema {
    static final int VERSION = 1;

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
          error TEXT)""",
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
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    };

    private Schema() { }

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) statement.execute(table);
            statement.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '" + VERSION + "')");
        }
    }
}
