package org.rectransfer.store;

import org.rectransfer.experiment.RunStatus;
import org.rectransfer.experiment.RunKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rectransfer.data.Dataset;
import org.rectransfer.eval.EvalResult;
import org.rectransfer.experiment.DomainPreparation;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.experiment.RunResult;
import org.rectransfer.model.Checkpoints;

/**
 * A workspace folder: {@code workspace.db} (SQLite: runs, per-epoch metrics, per-user hits,
 * sweeps) and {@code models/} with one checkpoint per run. A run is recorded as
 * {@code running} when it starts and completed in one transaction after its checkpoint has been
 * written under its final name, so a killed process leaves either a complete run or one marked
 * {@code running}, never a half-written result.
 */
public final class Workspace implements AutoCloseable {
    private static final SecureRandom IDS = new SecureRandom();
    private final Path dir;
    private final Connection connection;
    /** Runs begun through this workspace and not yet completed or failed. */
    private final java.util.Set<String> unfinished = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Marks them interrupted when the JVM is stopped (SIGTERM, SIGINT, Ctrl-C); SIGKILL is caught on the next open. */
    private final Thread onShutdown = new Thread(this::markUnfinishedInterrupted, "workspace-shutdown");

    private Workspace(Path dir, Connection connection) {
        this.dir = dir;
        this.connection = connection;
    }

    /** Opens (creating if needed) the workspace in {@code dir}. */
    public static Workspace open(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NotAWorkspaceException(dir + " is a file, not a workspace folder (check --workspace)");
        }
        try {
            Files.createDirectories(dir.resolve("models"));
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("workspace.db"));
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA busy_timeout=30000");
                statement.execute("PRAGMA foreign_keys=ON");
            }
            Schema.create(connection);
            InterruptedRuns.markFailed(connection);
            Leftovers.collect(connection, dir.resolve("models"));
            Workspace workspace = new Workspace(dir, connection);
            Runtime.getRuntime().addShutdownHook(workspace.onShutdown);
            return workspace;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("SQLITE_NOTADB")) throw notADatabase(dir);
            throw new StoreException("cannot open workspace " + dir + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot open workspace " + dir + ": " + e.getMessage(), e);
        }
    }

    private static NotAWorkspaceException notADatabase(Path dir) {
        return new NotAWorkspaceException(dir.resolve("workspace.db") + " is not an SQLite database: damaged, or not a workspace"
                + " (check --workspace; keep a copy before trying to repair it)");
    }

    /**
     * Opens an existing workspace for a command that only reads (reports, analyses, figures):
     * never creates one, and reads a workspace on a read-only disk or folder without writing to
     * it (no schema upgrade, no marking of interrupted runs).
     *
     * @throws NoSuchWorkspaceException if {@code dir} holds no workspace
     */
    public static Workspace openForReading(Path dir) {
        Path db = dir.resolve("workspace.db");
        if (!Files.isRegularFile(db)) throw new NoSuchWorkspaceException(dir);
        if (Files.isWritable(dir) && Files.isWritable(db)) return open(dir);
        return openReadOnly(dir);
    }

    /**
     * Opens a workspace without writing anything, for a folder or disk that cannot be written: the
     * database is opened immutable (no locks, no journal), so nobody may be writing it meanwhile.
     */
    static Workspace openReadOnly(Path dir) {
        Path db = dir.resolve("workspace.db").toAbsolutePath();
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + db.toUri().getRawPath() + "?immutable=1",
                    config.toProperties());
            RunMetrics.viewIfMissing(connection);   // a workspace older than schema 4 cannot be upgraded here
            return new Workspace(dir, connection);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("SQLITE_NOTADB")) throw notADatabase(dir);
            throw new StoreException("cannot read workspace " + dir + ": " + e.getMessage(), e);
        }
    }

    /** @return the workspace folder */
    public Path dir() { return dir; }

    /** @return $RECTRANSFER_WORKSPACE if set, else ~/.rectransfer/workspace (the command line's and the workbench's default) */
    public static Path defaultDir() {
        String env = System.getenv("RECTRANSFER_WORKSPACE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".rectransfer", "workspace");
    }

    /** Records a new run as {@code running}; @return its id */
    public synchronized String begin(NewRun run) {
        String id = newId(run.domain(), run.kind());
        Sql.update(connection, """
                INSERT INTO runs (id, kind, domain, data_file, data_hash, source_run, plan, seed, status,
                                  settings_json, provenance_json, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?)""",
                id, run.kind().stored(), run.domain(), run.dataFile(), run.dataHash(), run.sourceRun(), run.plan(), run.seed(),
                run.settingsJson(), run.provenanceJson(), Instant.now().toString());
        unfinished.add(id);
        return id;
    }

    /**
     * Writes the checkpoint, then the metrics, epochs and per-user hits, in one transaction.
     *
     * @param sidecar provenance for the checkpoint's JSON sidecar
     */
    public void complete(String id, Dataset data, RunResult result, Map<String, Object> sidecar) {
        complete(id, data, result, sidecar, () -> { });
    }

    /** As {@link #complete(String, Dataset, RunResult, Map)}, with more writes in the same transaction. */
    void complete(String id, Dataset data, RunResult result, Map<String, Object> sidecar, Sql.Work alsoInTransaction) {
        String modelFile = "models/" + id + ".zip";
        // The checkpoint is complete under its final name before the run is marked done.
        String checksum = null;
        if (result.params() != null) {
            Checkpoints.save(result.params(), dir.resolve(modelFile), sidecar);
            checksum = DomainPreparation.sha256(dir.resolve(modelFile));
        }
        String modelChecksum = checksum;
        synchronized (this) {
            record(id, data, result, result.params() == null ? null : modelFile, () -> {
                alsoInTransaction.run();
                Sql.update(connection, "UPDATE runs SET model_sha256 = ? WHERE id = ?", modelChecksum, id);
            });
            unfinished.remove(id);
        }
    }

    /**
     * Checks a finished run's checkpoint: there, and with the SHA-256 stored when it was written
     * (runs stored before checksums: loadable).
     *
     * @return what is wrong with it, empty when it is intact
     */
    synchronized Optional<String> modelDamage(String runId) {
        StoredRun run = run(runId).orElse(null);
        if (run == null) return Optional.of("run " + runId + " is not in the workspace");
        if (run.modelFile() == null) return Optional.of("run " + runId + " has no checkpoint");
        Path file = resolve(run.modelFile());
        if (!Files.isRegularFile(file)) return Optional.of("its checkpoint " + run.modelFile() + " is missing");
        String stored = storedChecksum(runId);
        try {
            if (stored != null) {
                return stored.equals(DomainPreparation.sha256(file)) ? Optional.empty()
                        : Optional.of("its checkpoint " + run.modelFile() + " does not match the checksum stored with the run");
            }
            Checkpoints.load(file);
            return Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.of("its checkpoint " + run.modelFile() + " cannot be read (" + unreadable.getMessage() + ")");
        }
    }

    private String storedChecksum(String runId) {
        try (PreparedStatement query = connection.prepareStatement("SELECT model_sha256 FROM runs WHERE id = ?")) {
            Sql.bind(query, runId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            // A read-only workspace written before checksums has no such column: fall back to loading.
            return null;
        }
    }

    private void record(String id, Dataset data, RunResult result, String modelFile, Sql.Work alsoInTransaction) {
        Sql.transaction(connection, () -> {
            alsoInTransaction.run();
            Sql.update(connection, """
                    UPDATE runs SET status = 'done', finished_at = ?, users = ?, items = ?, interactions = ?, epochs = ?,
                      best_epoch = ?, samples_per_second = ?, seconds = ?, model_file = ?, flat_users = ?, collapsed = ?
                    WHERE id = ?""",
                    Instant.now().toString(), data.users(), data.items(), data.interactions(),
                    result.epochs().size(), result.bestEpoch(), result.samplesPerSecond(), result.seconds(),
                    modelFile, result.test().flatUsers(), result.test().collapsed() ? 1 : 0, id);
            RunMetrics.write(connection, id, result.test());
            if (result.fullRanking() != null) RunMetrics.write(connection, id, result.fullRanking());
            insertEpochs(id, result.epochs());
            insertHits(id, data, result.test());
        });
    }

    /** Marks a run as failed with a one-line reason. */
    public synchronized void fail(String id, String reason) {
        Sql.update(connection, "UPDATE runs SET status = 'failed', finished_at = ?, error = ? WHERE id = ?",
                Instant.now().toString(), reason, id);
        unfinished.remove(id);
    }

    /** @return the run with this id, if any */
    public synchronized Optional<StoredRun> run(String id) {
        List<StoredRun> found = query("SELECT * FROM runs WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * A finished model trained from scratch (a source or a baseline, by any command, sweep or the
     * workbench) on the same bytes with the same settings and seed, so that a front end can reuse it
     * instead of training it again (issue 9: runs already trained are reused; issue 10: across
     * sweeps and commands). The file's path does not matter, its bytes do.
     *
     * @param dataHash     the SHA-256 of the data file's bytes now
     * @param settingsJson the run settings as {@link StoreJson} writes them (training, filter, read);
     *                     compared by {@link SettingsIdentity}, without the evaluation thread count
     * @return the newest such run whose checkpoint is intact, if any
     */
    public synchronized Optional<StoredRun> finishedModel(String dataHash, String settingsJson) {
        String identity = SettingsIdentity.of(settingsJson);
        return finishedFromScratch(dataHash).stream().filter(run -> identity.equals(SettingsIdentity.of(run.settingsJson())))
                .filter(run -> modelDamage(run.id()).isEmpty()).findFirst();
    }

    /** @return finished models trained from scratch (sources and baselines) on these data bytes, newest first */
    private List<StoredRun> finishedFromScratch(String dataHash) {
        return query("SELECT * FROM runs WHERE kind IN ('source', 'baseline') AND status = 'done' AND model_file IS NOT NULL"
                + " AND data_hash = ? ORDER BY created_at DESC, id DESC", dataHash);
    }

    /** @return every run, oldest first */
    public synchronized List<StoredRun> runs() {
        return query("SELECT * FROM runs ORDER BY created_at, id");
    }

    /** @return the connection, for the other classes of this package */
    Connection connection() { return connection; }

    /** @return the absolute path of a file named relative to the workspace */
    public Path resolve(String relative) { return dir.resolve(relative); }

    private synchronized void markUnfinishedInterrupted() {
        try {
            if (connection.isClosed()) return;
            for (String id : unfinished) {
                Sql.update(connection, "UPDATE runs SET status = 'failed', finished_at = ?, error = ? WHERE id = ? AND status = 'running'",
                        Instant.now().toString(), "interrupted: the process was stopped before the run finished", id);
            }
        } catch (SQLException | RuntimeException e) {
            // Shutting down: the next open marks the run from its dead process instead.
        }
    }

    @Override
    public synchronized void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException | IllegalArgumentException shuttingDownOrReadOnly) {
            // during shutdown the hook is running or has run; a read-only workspace never registered one
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close workspace " + dir + ": " + e.getMessage(), e);
        }
    }

    private void insertEpochs(String id, List<EpochMetrics> epochs) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO epochs VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (EpochMetrics e : epochs) {
                Sql.bind(insert, id, e.epoch(), e.loss(), e.hr(), e.ndcg(), e.validationHr(), e.seconds(), e.samplesPerSecond());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertHits(String id, Dataset data, EvalResult test) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO user_hits VALUES (?, ?, ?, ?, ?)")) {
            for (int u = 0; u < test.ranks().length; u++) {
                if (test.ranks()[u] <= 0) continue;
                Sql.bind(insert, id, u, data.userKey(u), test.ranks()[u], test.hit(u) ? 1 : 0);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<StoredRun> query(String sql, Object... args) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bind(statement, args);
            List<StoredRun> runs = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString("id");
                    runs.add(new StoredRun(id, RunKind.parse(rows.getString("kind")), rows.getString("domain"),
                            RunStatus.parse(rows.getString("status")), RunMetrics.read(connection, id, "sampled"),
                            rows.getString("model_file"), rows.getString("settings_json"), rows.getString("data_file")));
                }
            }
            return runs;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("SQLITE_NOTADB")) throw notADatabase(dir);
            throw new StoreException("cannot read workspace " + dir + ": " + e.getMessage(), e);
        }
    }

    private String newId(String domain, RunKind kind) {
        byte[] random = new byte[3];
        IDS.nextBytes(random);
        String prefix = domain.replaceAll("[^A-Za-z0-9]", "") + "-" + kind.stored().charAt(0) + "-";
        return prefix + HexFormat.of().formatHex(random);
    }
}
