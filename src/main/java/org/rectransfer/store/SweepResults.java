package org.rectransfer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rectransfer.experiment.SweepRunRecord;

/** Reads a sweep's finished runs, with their per-user hits, for the gain tables. */
public final class SweepResults {
    private SweepResults() { }

    /** @return every sweep of the workspace, newest first, with its number of finished runs */
    public static List<SweepSummary> list(Workspace workspace) {
        synchronized (workspace) {
            try (PreparedStatement query = workspace.connection().prepareStatement("""
                    SELECT w.id, w.created_at, w.status, COUNT(s.run_id) AS runs
                    FROM sweeps w LEFT JOIN sweep_runs s ON s.sweep_id = w.id
                    GROUP BY w.id ORDER BY w.created_at DESC, w.id""");
                 ResultSet rows = query.executeQuery()) {
                List<SweepSummary> sweeps = new ArrayList<>();
                while (rows.next()) {
                    sweeps.add(new SweepSummary(rows.getString("id"), rows.getString("created_at"), rows.getString("status"),
                            rows.getInt("runs")));
                }
                return sweeps;
            } catch (SQLException e) {
                throw new StoreException("cannot list the sweeps: " + e.getMessage(), e);
            }
        }
    }

    /** @return the sweep's spec JSON, if the sweep exists */
    public static Optional<String> spec(Workspace workspace, String sweepId) {
        synchronized (workspace) {
            try (PreparedStatement query = workspace.connection().prepareStatement("SELECT spec_json FROM sweeps WHERE id = ?")) {
                Sql.bind(query, sweepId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read sweep " + sweepId + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * @return the finished runs of the sweep in the order of its description: sources, then
     *         baselines, then transfers; within each, sources and targets as the command listed
     *         them, then configuration and seed. Not in the order runs finished, which varies
     *         with the parallelism, so that tables list targets the same way every time.
     */
    public static List<SweepRunRecord> load(Workspace workspace, String sweepId) {
        synchronized (workspace) {
            try (PreparedStatement query = workspace.connection().prepareStatement("""
                    SELECT s.kind, s.source, s.target, s.config, s.seed, s.run_id, m.value AS hr, r.collapsed
                    FROM sweep_runs s JOIN runs r ON r.id = s.run_id
                    LEFT JOIN run_metrics m ON m.run_id = r.id AND m.protocol = 'sampled' AND m.metric = 'hr'
                    WHERE s.sweep_id = ? ORDER BY r.created_at, s.task_key""")) {
                Sql.bind(query, sweepId);
                List<SweepRunRecord> runs = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String runId = rows.getString("run_id");
                        // Runs stored before schema 2 have NULL, which reads as 0: not known to be collapsed.
                        boolean collapsed = rows.getInt("collapsed") == 1;
                        runs.add(new SweepRunRecord(rows.getString("kind"), rows.getString("source"), rows.getString("target"),
                                rows.getString("config"), rows.getLong("seed"), runId, rows.getDouble("hr"), null, collapsed));
                    }
                }
                runs.sort(specOrder(spec(workspace, sweepId).orElse("{}")));
                List<SweepRunRecord> withHits = new ArrayList<>();
                for (SweepRunRecord run : runs) {
                    withHits.add(run.withHits(hits(workspace, run.runId())));
                }
                return withHits;
            } catch (SQLException e) {
                throw new StoreException("cannot read sweep " + sweepId + ": " + e.getMessage(), e);
            }
        }
    }

    private static java.util.Comparator<SweepRunRecord> specOrder(String specJson) {
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        try {
            com.fasterxml.jackson.databind.JsonNode spec = new com.fasterxml.jackson.databind.ObjectMapper().readTree(specJson);
            spec.path("sources").forEach(node -> sources.add(nameOf(node.asText())));
            spec.path("targets").forEach(node -> targets.add(nameOf(node.asText())));
        } catch (java.io.IOException e) {
            // an unreadable description: fall back to names alone
        }
        List<String> kinds = List.of("source", "baseline", "transfer");
        return java.util.Comparator.<SweepRunRecord>comparingInt(run -> kinds.indexOf(run.kind()))
                .thenComparingInt(run -> position(sources, run.source()))
                .thenComparingInt(run -> position(run.kind().equals("source") ? sources : targets, run.target()))
                .thenComparing(run -> String.valueOf(run.source()))
                .thenComparing(SweepRunRecord::target)
                .thenComparing(SweepRunRecord::config)
                .thenComparingLong(SweepRunRecord::seed);
    }

    /** The sweep's description stores NAME=PATH; a run knows its domain by NAME. */
    private static String nameOf(String entry) {
        int eq = entry.indexOf('=');
        return eq < 0 ? entry : entry.substring(0, eq);
    }

    private static int position(List<String> names, String name) {
        int at = name == null ? -1 : names.indexOf(name);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static boolean[] hits(Workspace workspace, String runId) throws SQLException {
        try (PreparedStatement query = workspace.connection().prepareStatement(
                "SELECT hit FROM user_hits WHERE run_id = ? ORDER BY user_index")) {
            Sql.bind(query, runId);
            List<Boolean> hits = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) hits.add(rows.getInt(1) == 1);
            }
            boolean[] result = new boolean[hits.size()];
            for (int k = 0; k < result.length; k++) result[k] = hits.get(k);
            return result;
        }
    }
}
