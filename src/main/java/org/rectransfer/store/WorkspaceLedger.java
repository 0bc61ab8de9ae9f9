package org.rectransfer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunResult;
import org.rectransfer.experiment.SweepLedger;
import org.rectransfer.experiment.SweepTask;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.Checkpoints;
import org.rectransfer.model.NcfParameters;

/**
 * A sweep's ledger in the workspace: its runs are ordinary runs, and the {@code sweep_runs}
 * row that marks a task done is written in the same transaction as the run's results.
 */
public final class WorkspaceLedger implements SweepLedger {
    private final Workspace workspace;
    private final String sweepId;
    private final Map<String, Object> provenance;

    /**
     * Registers the sweep (if new) and returns its ledger. A sweep that exists is resumed only when
     * its stored specification is the same as {@code specJson}: a resume must never mix the
     * results of two different studies under one name.
     *
     * @param specJson   the sweep's specification, stored with it
     * @param provenance versions and command line, stored with each run
     * @throws SweepMismatchException if the sweep exists with another specification
     */
    public static WorkspaceLedger open(Workspace workspace, String sweepId, String specJson, Map<String, Object> provenance) {
        synchronized (workspace) {
            Sql.update(workspace.connection(), "INSERT OR IGNORE INTO sweeps (id, spec_json, created_at, status) VALUES (?, ?, ?, 'running')",
                    sweepId, specJson, Instant.now().toString());
            String stored = storedSpec(workspace, sweepId);
            if (!stored.equals(specJson)) throw new SweepMismatchException(sweepId, SpecDifferences.between(stored, specJson));
        }
        return new WorkspaceLedger(workspace, sweepId, provenance);
    }

    private static String storedSpec(Workspace workspace, String sweepId) {
        try (PreparedStatement query = workspace.connection().prepareStatement("SELECT spec_json FROM sweeps WHERE id = ?")) {
            Sql.bind(query, sweepId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) throw new StoreException("sweep " + sweepId + " vanished from the workspace", null);
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read sweep " + sweepId + ": " + e.getMessage(), e);
        }
    }

    private WorkspaceLedger(Workspace workspace, String sweepId, Map<String, Object> provenance) {
        this.workspace = workspace;
        this.sweepId = sweepId;
        this.provenance = Map.copyOf(provenance);
    }

    /** Marks the sweep finished or not. */
    public void setStatus(String status) {
        Sql.update(workspace.connection(), "UPDATE sweeps SET status = ? WHERE id = ?", status, sweepId);
    }

    @Override
    public Optional<String> finishedRun(String key) {
        synchronized (workspace) {
            try (PreparedStatement query = workspace.connection().prepareStatement(
                    "SELECT run_id FROM sweep_runs WHERE sweep_id = ? AND task_key = ?")) {
                Sql.bind(query, sweepId, key);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read sweep " + sweepId + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String begin(SweepTask task, PreparedDomain domain, TrainingSettings settings, String plan) {
        return workspace.begin(new NewRun(task.kind(), domain.data().name(), task.domain().name() + "=" + task.domain().path(),
                domain.dataHash(),
                task.source() == null ? null : task.source().name(), plan, settings.seed(), StoreJson.write(domain.settings(settings)), StoreJson.write(provenance)));
    }

    @Override
    public void complete(String runId, SweepTask task, PreparedDomain domain, RunResult result) {
        Map<String, Object> sidecar = new LinkedHashMap<>(provenance);
        sidecar.put("run", runId);
        sidecar.put("sweep", sweepId);
        sidecar.put("task", task.key());
        sidecar.put("dataHash", domain.dataHash());
        sidecar.put("seed", task.seed());
        workspace.complete(runId, domain.data(), result, sidecar, () -> Sql.update(workspace.connection(),
                "INSERT INTO sweep_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sweepId, task.key(), runId, task.kind(),
                task.source() == null ? null : task.source().name(), task.domain().name(), task.config(), task.seed()));
    }

    @Override
    public void fail(String runId, String reason) {
        workspace.fail(runId, reason);
    }

    @Override
    public NcfParameters model(String runId) {
        StoredRun run = workspace.run(runId).orElseThrow(() -> new IllegalStateException("no run " + runId));
        return Checkpoints.load(workspace.resolve(run.modelFile()));
    }
}
