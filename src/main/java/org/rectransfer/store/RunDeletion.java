package org.rectransfer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rectransfer.model.Checkpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes runs from a workspace: their rows ({@code runs} with its {@code run_metrics},
 * {@code epochs} and {@code user_hits}), the {@code sweep_runs} rows that make them a sweep's
 * result, and their checkpoints with the sidecars. A sweep that listed one of them is no longer
 * {@code done}: resuming it trains the task again. A run still {@code running} is never deleted
 * (when a workspace is opened, runs whose process is gone are marked failed, so such a run belongs
 * to a live process, or to another machine). Transfers trained from a deleted run keep their rows.
 */
public final class RunDeletion {
    private static final Logger LOG = LoggerFactory.getLogger(RunDeletion.class);

    private RunDeletion() { }

    /**
     * What deleting some runs would do.
     *
     * @param runs           the runs the workspace holds, in the order asked
     * @param missing        the ids it does not hold
     * @param running        those of {@code runs} still running, which cannot be deleted
     * @param modelFiles     the checkpoints of {@code runs} present, relative to the workspace
     * @param sweepTasks     for each sweep that lists some of {@code runs}, how many of its tasks
     * @param keptTransfers  transfers not deleted whose source is one of {@code runs}
     */
    public record Preview(List<String> runs, List<String> missing, List<String> running, List<String> modelFiles,
                          Map<String, Integer> sweepTasks, List<String> keptTransfers) {
        public Preview {
            runs = List.copyOf(runs);
            missing = List.copyOf(missing);
            running = List.copyOf(running);
            modelFiles = List.copyOf(modelFiles);
            sweepTasks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sweepTasks));
            keptTransfers = List.copyOf(keptTransfers);
        }

        /** @return whether the runs can be deleted: some there, none running */
        public boolean deletable() { return !runs.isEmpty() && running.isEmpty(); }
    }

    /**
     * What was deleted.
     *
     * @param runs       the runs deleted
     * @param modelFiles how many files of {@code models/} were removed (checkpoints and sidecars)
     * @param sweepTasks for each sweep that listed some of them, how many of its tasks are to train again
     */
    public record Deleted(List<String> runs, int modelFiles, Map<String, Integer> sweepTasks) {
        public Deleted {
            runs = List.copyOf(runs);
            sweepTasks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sweepTasks));
        }
    }

    /** Thrown instead of deleting a run that is still running; nothing is deleted. */
    public static final class RunStillRunningException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final List<String> runs;

        RunStillRunningException(List<String> runs) {
            super((runs.size() == 1 ? "run " + runs.get(0) + " is" : "runs " + String.join(", ", runs) + " are")
                    + " still running and cannot be deleted: stop it first, or wait until it has finished");
            this.runs = List.copyOf(runs);
        }

        /** @return the runs still running */
        public List<String> runs() { return runs; }
    }

    /** @return what deleting {@code runIds} would do; nothing is changed */
    public static Preview preview(Workspace workspace, Collection<String> runIds) {
        synchronized (workspace) {
            try {
                Connection connection = workspace.connection();
                List<String> present = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                List<String> running = new ArrayList<>();
                List<String> modelFiles = new ArrayList<>();
                for (String id : new LinkedHashSet<>(runIds)) {
                    String[] row = row(connection, id);
                    if (row == null) {
                        missing.add(id);
                        continue;
                    }
                    present.add(id);
                    if (row[0].equals("running")) running.add(id);
                    if (row[1] != null && Files.exists(workspace.resolve(row[1]))) modelFiles.add(row[1]);
                }
                Map<String, Integer> sweepTasks = sweepTasks(connection, present);
                Set<String> deleted = new LinkedHashSet<>(present);
                List<String> kept = new ArrayList<>();
                for (String id : present) {
                    for (String transfer : strings(connection, "SELECT id FROM runs WHERE kind = 'transfer' AND source_run = ? ORDER BY created_at, id", id)) {
                        if (!deleted.contains(transfer) && !kept.contains(transfer)) kept.add(transfer);
                    }
                }
                return new Preview(present, missing, running, modelFiles, sweepTasks, kept);
            } catch (SQLException e) {
                throw new StoreException("cannot read the runs to delete from workspace " + workspace.dir() + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Deletes the runs {@code runIds} holds (ids it does not hold are ignored): all their rows in one
     * transaction that first takes the write lock, so that no process begins or completes a run
     * between the check that none is running and the deletion; then their files.
     *
     * @return what was deleted
     * @throws RunStillRunningException if one of them is running; nothing is deleted
     */
    public static Deleted delete(Workspace workspace, Collection<String> runIds) {
        List<String> deleted = new ArrayList<>();
        Map<String, String> modelFiles = new LinkedHashMap<>();
        Map<String, Integer> sweepTasks;
        synchronized (workspace) {
            Connection connection = workspace.connection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                try {
                    List<String> running = new ArrayList<>();
                    for (String id : new LinkedHashSet<>(runIds)) {
                        String[] row = row(connection, id);
                        if (row == null) continue;
                        deleted.add(id);
                        if (row[0].equals("running")) running.add(id);
                        modelFiles.put(id, row[1]);
                    }
                    if (!running.isEmpty()) throw new RunStillRunningException(running);
                    sweepTasks = sweepTasks(connection, deleted);
                    for (String id : deleted) {
                        Sql.update(connection, "DELETE FROM sweep_runs WHERE run_id = ?", id);
                        Sql.update(connection, "DELETE FROM run_metrics WHERE run_id = ?", id);
                        Sql.update(connection, "DELETE FROM epochs WHERE run_id = ?", id);
                        Sql.update(connection, "DELETE FROM user_hits WHERE run_id = ?", id);
                        Sql.update(connection, "DELETE FROM runs WHERE id = ?", id);
                    }
                    for (String sweep : sweepTasks.keySet()) {
                        Sql.update(connection, "UPDATE sweeps SET status = 'incomplete' WHERE id = ? AND status = 'done'", sweep);
                    }
                    statement.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    statement.execute("ROLLBACK");
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException("cannot delete runs from workspace " + workspace.dir() + ": " + e.getMessage(), e);
            }
        }
        int removed = 0;
        for (String id : deleted) removed += removeFiles(workspace, id, modelFiles);
        LOG.info("deleted {} run(s) and {} model file(s) from {}; sweeps to train again: {}", deleted.size(), removed,
                workspace.dir(), sweepTasks);
        return new Deleted(deleted, removed, sweepTasks);
    }

    /** Removes the run's checkpoint and sidecar: under the name the run recorded, and under the usual one. */
    private static int removeFiles(Workspace workspace, String id, Map<String, String> modelFiles) {
        Set<Path> files = new LinkedHashSet<>();
        Path usual = workspace.resolve("models/" + id + ".zip");
        Path recorded = modelFiles.get(id) == null ? usual : workspace.resolve(modelFiles.get(id));
        for (Path model : List.of(recorded, usual)) {
            files.add(model);
            files.add(Checkpoints.sidecarOf(model));
        }
        int removed = 0;
        for (Path file : files) {
            try {
                if (Files.deleteIfExists(file)) removed++;
            } catch (IOException e) {
                // The run's rows are gone: the next open of the workspace collects the file (Leftovers).
                LOG.warn("cannot remove {} of deleted run {} ({}); it is removed when the workspace is next opened", file, id,
                        e.getMessage());
            }
        }
        return removed;
    }

    /** @return the run's status and model file, or null when there is no such run */
    private static String[] row(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT status, model_file FROM runs WHERE id = ?")) {
            Sql.bind(query, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new String[] {rows.getString(1), rows.getString(2)} : null;
            }
        }
    }

    private static Map<String, Integer> sweepTasks(Connection connection, List<String> runIds) throws SQLException {
        Map<String, Integer> tasks = new LinkedHashMap<>();
        for (String id : runIds) {
            for (String sweep : strings(connection, "SELECT sweep_id FROM sweep_runs WHERE run_id = ? ORDER BY sweep_id", id)) {
                tasks.merge(sweep, 1, Integer::sum);
            }
        }
        return tasks;
    }

    private static List<String> strings(Connection connection, String sql, String argument) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            Sql.bind(query, argument);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) values.add(rows.getString(1));
            }
            return values;
        }
    }
}
