package org.rectransfer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.RunStatus;

/** Reads every run of a workspace for a list of runs: three queries, whatever the number of runs. */
public final class RunRows {
    private RunRows() { }

    /** @return every run, oldest first */
    public static List<RunRow> list(Workspace workspace) {
        synchronized (workspace) {
            Connection connection = workspace.connection();
            try {
                Map<String, Map<String, Double>> metrics = RunMetrics.readAll(connection, "sampled");
                Map<String, List<String>> sweeps = sweepsByRun(connection);
                List<RunRow> runs = new ArrayList<>();
                try (PreparedStatement query = connection.prepareStatement("""
                        SELECT id, kind, domain, data_file, source_run, plan, seed, status, best_epoch, epochs, created_at,
                               error, model_file, settings_json
                        FROM runs ORDER BY created_at, id""");
                     ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String id = rows.getString("id");
                        runs.add(new RunRow(id, RunKind.parse(rows.getString("kind")), rows.getString("domain"),
                                rows.getString("data_file"), rows.getString("source_run"), rows.getString("plan"), rows.getLong("seed"),
                                RunStatus.parse(rows.getString("status")), metrics.getOrDefault(id, Map.of()),
                                integer(rows, "best_epoch"), integer(rows, "epochs"), rows.getString("created_at"),
                                rows.getString("error"), rows.getString("model_file"), rows.getString("settings_json"),
                                sweeps.getOrDefault(id, List.of())));
                    }
                }
                return runs;
            } catch (SQLException e) {
                throw new StoreException("cannot list the runs of workspace " + workspace.dir() + ": " + e.getMessage(), e);
            }
        }
    }

    private static Map<String, List<String>> sweepsByRun(Connection connection) throws SQLException {
        Map<String, List<String>> sweeps = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT run_id, sweep_id FROM sweep_runs ORDER BY sweep_id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) sweeps.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
        }
        return sweeps;
    }

    private static Integer integer(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
