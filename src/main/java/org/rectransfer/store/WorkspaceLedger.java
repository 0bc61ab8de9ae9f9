package org.rectransfer.store;

import org.rectransfer.experiment.SweepStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunResult;
import org.rectransfer.experiment.SweepLedger;
import org.rectransfer.experiment.SweepTask;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.Checkpoints;
import org.rectransfer.model.NcfParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sweep's ledger in the workspace: its runs are ordinary runs, and the {@code sweep_runs}
 * row that marks a task done is written in the same transaction as the run's results.
 */
public final class WorkspaceLedger implements SweepLedger, AutoCloseable {
    // The sweep command prints reuse, damage and archiving as progress lines; these logs (INFO) add the detail.
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceLedger.class);
    /** How often this process renews the heartbeat of its claims (well inside {@link TaskClaims#STALE}). */
    private static final long HEARTBEAT_SECONDS = 20;

    private final Workspace workspace;
    private final String sweepId;
    private final Map<String, Object> provenance;
    private final TaskClaims claims;
    private final ScheduledExecutorService heartbeat;
    private volatile boolean reuseFinishedModels = true;

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

    /**
     * Keeps the sweep {@code sweepId}, if it exists, under the first free name {@code sweepId~N}, with
     * its runs, so that a new study can take the name and the old one stays readable.
     *
     * @return the name it is kept under, empty when there was no such sweep
     */
    public static Optional<String> archive(Workspace workspace, String sweepId) {
        synchronized (workspace) {
            if (!exists(workspace, sweepId)) return Optional.empty();
            int version = 1;
            while (exists(workspace, sweepId + "~" + version)) version++;
            String kept = sweepId + "~" + version;
            Sql.transaction(workspace.connection(), () -> {
                Sql.update(workspace.connection(), "INSERT INTO sweeps (id, spec_json, created_at, status)"
                        + " SELECT ?, spec_json, created_at, status FROM sweeps WHERE id = ?", kept, sweepId);
                Sql.update(workspace.connection(), "UPDATE sweep_runs SET sweep_id = ? WHERE sweep_id = ?", kept, sweepId);
                Sql.update(workspace.connection(), "DELETE FROM task_claims WHERE sweep_id = ?", sweepId);
                Sql.update(workspace.connection(), "DELETE FROM sweeps WHERE id = ?", sweepId);
            });
            LOG.info("sweep {} kept as {} with its runs, so that a study with other settings can take the name", sweepId, kept);
            return Optional.of(kept);
        }
    }

    private static boolean exists(Workspace workspace, String sweepId) {
        return SweepResults.spec(workspace, sweepId).isPresent();
    }

    private static String storedSpec(Workspace workspace, String sweepId) {
        return SweepResults.spec(workspace, sweepId)
                .orElseThrow(() -> new StoreException("sweep " + sweepId + " vanished from the workspace", null));
    }

    private WorkspaceLedger(Workspace workspace, String sweepId, Map<String, Object> provenance) {
        this.workspace = workspace;
        this.sweepId = sweepId;
        this.provenance = Map.copyOf(provenance);
        this.claims = new TaskClaims(workspace.connection(), sweepId);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "claims-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    private void beat() {
        try {
            synchronized (workspace) {
                claims.heartbeat();
            }
        } catch (RuntimeException e) {
            // A busy or closing database: the next beat tries again, and a claim goes stale only after minutes.
        }
    }

    /**
     * @param reuse whether source and baseline tasks take a model already trained in the workspace
     *              from the same bytes, settings and seed (default); false retrains them ({@code --retrain})
     */
    public void reuseFinishedModels(boolean reuse) {
        this.reuseFinishedModels = reuse;
    }

    /** Stops the heartbeat; claims still held (none after a finished attempt) go stale. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
    }

    @Override
    public boolean claim(String key) {
        synchronized (workspace) {
            return claims.claim(key);
        }
    }

    @Override
    public void release(String key) {
        synchronized (workspace) {
            claims.release(key);
        }
    }

    @Override
    public Optional<String> forgetIfDamaged(String key, String runId) {
        synchronized (workspace) {
            Optional<String> damage = workspace.modelDamage(runId);
            damage.ifPresent(reason -> Sql.transaction(workspace.connection(), () -> {
                Sql.update(workspace.connection(), "DELETE FROM sweep_runs WHERE sweep_id = ? AND task_key = ?", sweepId, key);
                Sql.update(workspace.connection(), "UPDATE runs SET status = 'failed', error = ? WHERE id = ?",
                        "damaged model: " + reason, runId);
            }));
            damage.ifPresent(reason -> LOG.info("sweep {}: the model of run {} (task {}) is damaged ({}); the run is marked failed"
                    + " and the task trains again", sweepId, runId, key, reason));
            return damage;
        }
    }

    @Override
    public Optional<String> adoptFinishedModel(SweepTask task, PreparedDomain domain, TrainingSettings settings) {
        if (!reuseFinishedModels) return Optional.empty();
        synchronized (workspace) {
            Optional<StoredRun> found = workspace.finishedModel(domain.dataHash(), StoreJson.write(domain.settings(settings)));
            found.ifPresent(run -> Sql.update(workspace.connection(), "INSERT OR IGNORE INTO sweep_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    sweepId, task.key(), run.id(), task.kind().stored(), null, task.domain().name(), task.config(), task.seed()));
            found.ifPresent(run -> LOG.info("sweep {}: task {} reuses the finished model of run {} (same data bytes {}, settings"
                    + " and seed)", sweepId, task.key(), run.id(), domain.dataHash().substring(0, Math.min(12, domain.dataHash().length()))));
            return found.map(StoredRun::id);
        }
    }

    /** Marks the sweep finished or not. */
    public void setStatus(SweepStatus status) {
        Sql.update(workspace.connection(), "UPDATE sweeps SET status = ? WHERE id = ?", status.stored(), sweepId);
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
        workspace.complete(runId, domain.data(), result, sidecar, () -> {
            Sql.update(workspace.connection(), "INSERT INTO sweep_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sweepId, task.key(), runId,
                    task.kind().stored(), task.source() == null ? null : task.source().name(), task.domain().name(), task.config(), task.seed());
            claims.release(task.key());
        });
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
