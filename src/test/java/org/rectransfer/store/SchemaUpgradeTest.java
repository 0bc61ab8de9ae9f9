package org.rectransfer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace written by schema version 1 opens, gains the new columns and keeps its runs. */
class SchemaUpgradeTest {

    @Test
    void aVersionOneWorkspaceIsUpgradedInPlace(@TempDir Path dir) throws SQLException {
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("workspace.db"));
             Statement statement = old.createStatement()) {
            statement.execute("""
                    CREATE TABLE runs (id TEXT PRIMARY KEY, kind TEXT NOT NULL, domain TEXT NOT NULL,
                      data_file TEXT NOT NULL, data_hash TEXT NOT NULL, source_run TEXT, plan TEXT,
                      seed INTEGER NOT NULL, status TEXT NOT NULL, settings_json TEXT NOT NULL,
                      provenance_json TEXT NOT NULL, created_at TEXT NOT NULL, finished_at TEXT,
                      users INTEGER, items INTEGER, interactions INTEGER, hr REAL, ndcg REAL, mrr REAL,
                      full_hr REAL, full_ndcg REAL, full_mrr REAL, epochs INTEGER, best_epoch INTEGER,
                      samples_per_second REAL, seconds REAL, model_file TEXT, error TEXT)""");
            statement.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            statement.execute("INSERT INTO meta VALUES ('schema_version', '1')");
            statement.execute("INSERT INTO runs (id, kind, domain, data_file, data_hash, seed, status, settings_json,"
                    + " provenance_json, created_at, hr) VALUES ('Toy-b-1', 'baseline', 'Toy', 'toy.tsv', 'h', 1, 'done',"
                    + " '{}', '{}', '2026-01-01', 0.5)");
        }

        for (int open = 0; open < 2; open++) {   // opening twice must not add the columns twice
            try (Workspace workspace = Workspace.open(dir)) {
                assertThat(columns(workspace.connection())).contains("flat_users", "collapsed");
                assertThat(value(workspace.connection(), "SELECT value FROM meta WHERE key = 'schema_version'"))
                        .isEqualTo(String.valueOf(Schema.VERSION));
                assertThat(value(workspace.connection(), "SELECT hr || '/' || IFNULL(collapsed, 'null') FROM runs"))
                        .isEqualTo("0.5/null");
            }
        }
    }

    private static List<String> columns(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA table_info(runs)")) {
            while (rows.next()) names.add(rows.getString("name"));
        }
        return names;
    }

    private static String value(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
