package org.rectransfer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rectransfer.eval.EvalResult;
import org.rectransfer.eval.RankingMetrics;

/**
 * The {@code run_metrics} table (schema 4): one row per run, protocol and metric, so that a metric
 * added to {@link RankingMetrics} is stored and read back without a new column. The legacy columns
 * {@code runs.hr, ndcg, mrr} and {@code full_*} are still written beside it, for pandas users and
 * older versions of the tool.
 */
final class RunMetrics {
    static final String TABLE = """
            CREATE TABLE IF NOT EXISTS run_metrics (
              run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
              protocol TEXT NOT NULL /* 'sampled' or 'full' */,
              metric TEXT NOT NULL,
              value REAL NOT NULL,
              PRIMARY KEY (run_id, protocol, metric))""";

    /** The metrics that schemas 1 to 3 kept in columns of {@code runs}, also the names of those columns. */
    private static final List<String> LEGACY = List.of("hr", "ndcg", "mrr");
    /** The protocols of the legacy columns: {@code hr} is sampled, {@code full_hr} full ranking. */
    private static final List<String> PROTOCOLS = List.of("sampled", "full");

    private RunMetrics() { }

    /**
     * Copies every run's legacy metric columns into {@code run_metrics}, keeping rows already
     * there: running it twice, or in two processes, adds nothing the second time.
     */
    static void copyLegacyColumns(Statement statement) throws SQLException {
        for (String sql : legacySelects("INSERT OR IGNORE INTO run_metrics (run_id, protocol, metric, value) ")) statement.execute(sql);
    }

    /**
     * Makes a workspace of schema 3 or older, opened read-only, readable like a new one: a
     * temporary view (nothing is written to the file) derives {@code run_metrics} from the
     * legacy columns.
     */
    static void viewIfMissing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet found = statement.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'run_metrics'")) {
            if (found.next()) return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP VIEW run_metrics AS " + String.join(" UNION ALL ", legacySelects("")));
        }
    }

    private static List<String> legacySelects(String prefix) {
        List<String> selects = new ArrayList<>();
        for (String protocol : PROTOCOLS) {
            for (String metric : LEGACY) {
                String column = column(protocol, metric);
                selects.add(prefix + "SELECT id AS run_id, '" + protocol + "' AS protocol, '" + metric + "' AS metric, "
                        + column + " AS value FROM runs WHERE " + column + " IS NOT NULL");
            }
        }
        return selects;
    }

    private static String column(String protocol, String metric) {
        return protocol.equals("full") ? "full_" + metric : metric;
    }

    /**
     * Writes a result's metrics under its protocol, a row for each metric with a finite value (SQL
     * has no NaN), and the legacy columns as well.
     */
    static void write(Connection connection, String runId, EvalResult result) throws SQLException {
        List<Object> legacy = new ArrayList<>();
        for (String metric : LEGACY) legacy.add(result.metric(metric));
        legacy.add(runId);
        Sql.update(connection, "UPDATE runs SET " + String.join(", ", LEGACY.stream()
                .map(metric -> column(result.protocol(), metric) + " = ?").toList()) + " WHERE id = ?", legacy.toArray());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO run_metrics (run_id, protocol, metric, value) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, Double> metric : result.metrics().entrySet()) {
                if (!Double.isFinite(metric.getValue())) continue;
                Sql.bind(insert, runId, result.protocol(), metric.getKey(), metric.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * @return the run's metrics under {@code protocol}: the registered ones in registry order, then
     *         any others (stored by a newer version of the tool) by name; empty for a run not done
     */
    static Map<String, Double> read(Connection connection, String runId, String protocol) throws SQLException {
        Map<String, Double> stored = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT metric, value FROM run_metrics WHERE run_id = ? AND protocol = ?")) {
            Sql.bind(query, runId, protocol);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) stored.put(rows.getString("metric"), rows.getDouble("value"));
            }
        }
        return ordered(stored);
    }

    /** @return every run's metrics under {@code protocol} by run id, each ordered as {@link #read} orders them */
    static Map<String, Map<String, Double>> readAll(Connection connection, String protocol) throws SQLException {
        Map<String, Map<String, Double>> stored = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT run_id, metric, value FROM run_metrics WHERE protocol = ?")) {
            Sql.bind(query, protocol);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.computeIfAbsent(rows.getString("run_id"), id -> new TreeMap<>()).put(rows.getString("metric"), rows.getDouble("value"));
                }
            }
        }
        Map<String, Map<String, Double>> ordered = new LinkedHashMap<>();
        stored.forEach((run, metrics) -> ordered.put(run, ordered(metrics)));
        return ordered;
    }

    /** @return the registered metrics in registry order, then any others by name; {@code byName} is emptied */
    private static Map<String, Double> ordered(Map<String, Double> byName) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String name : RankingMetrics.names()) {
            Double value = byName.remove(name);
            if (value != null) ordered.put(name, value);
        }
        ordered.putAll(byName);
        return ordered;
    }
}
