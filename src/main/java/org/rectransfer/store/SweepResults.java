package org.rectransfer.store;

import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.SweepStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rectransfer.experiment.SweepRunRecord;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.experiment.SweepSpecJson;

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
                    sweeps.add(new SweepSummary(rows.getString("id"), rows.getString("created_at"), SweepStatus.parse(rows.getString("status")),
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

    /** @return the finished runs of the sweep, in the sweep's order ({@link SweepSpec#runOrder()}) */
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
                        runs.add(new SweepRunRecord(RunKind.parse(rows.getString("kind")), rows.getString("source"), rows.getString("target"),
                                rows.getString("config"), rows.getLong("seed"), runId, rows.getDouble("hr"), null, collapsed));
                    }
                }
                runs.sort(spec(workspace, sweepId).map(SweepSpecJson::read).map(SweepSpec::runOrder)
                        .orElse(java.util.Comparator.comparing(SweepRunRecord::kind)));
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
