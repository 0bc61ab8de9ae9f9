package org.rectransfer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is training which task of a sweep, so that two processes working on one sweep (two shells,
 * two cluster jobs, a resumed sweep beside one still running) train every task once. A claim is a
 * row of {@code task_claims} keyed by sweep and task, taken by one INSERT (SQLite's primary key
 * makes it atomic across processes), kept alive by a heartbeat and removed when the task is done
 * or failed. A claim whose owner is dead (same host: its process id is gone or now belongs to a
 * process started at another time, as PID 1 of every container is; another host: no heartbeat
 * for {@link #STALE}) is taken over.
 */
final class TaskClaims {
    /** A claim of another host without a heartbeat for this long belongs to a dead process. */
    static final Duration STALE = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(TaskClaims.class);

    private static final String PROCESS_START = ProcessHandle.current().info().startInstant().map(Instant::toString).orElse(null);

    private final Connection connection;
    private final String sweepId;
    /** Tasks already logged as held by a live process (the executor looks again every half second). */
    private final Set<String> toldWaiting = ConcurrentHashMap.newKeySet();

    TaskClaims(Connection connection, String sweepId) {
        this.connection = connection;
        this.sweepId = sweepId;
    }

    /**
     * Claims {@code taskKey} for this process.
     *
     * @return true when this process holds the claim now (new, already its own, or taken over from
     *         a dead owner); false when a live process holds it
     */
    boolean claim(String taskKey) {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (insert(taskKey)) return true;
            Owner owner = owner(taskKey);
            if (owner == null) continue;              // released in between: try again
            if (owner.isThisProcess()) return true;
            if (!owner.isDead(Instant.now())) {
                if (toldWaiting.add(taskKey)) {
                    LOG.debug("sweep {}: task {} is held by live process {} on {} (heartbeat {}); waiting for it",
                            sweepId, taskKey, owner.pid(), owner.host(), owner.heartbeat());
                }
                return false;
            }
            LOG.warn("sweep {}: task {} was claimed by process {} on {} (last heartbeat {}), which is gone; taking it over",
                    sweepId, taskKey, owner.pid(), owner.host(), owner.heartbeat());
            // Remove exactly the dead owner's row: if a third process took it over meanwhile, nothing is deleted.
            Sql.update(connection, "DELETE FROM task_claims WHERE sweep_id = ? AND task_key = ? AND host = ? AND pid = ? AND heartbeat_at = ?",
                    sweepId, taskKey, owner.host(), owner.pid(), owner.heartbeat());
        }
        return false;
    }

    /** Gives up this process's claim of {@code taskKey}, if it holds it. */
    void release(String taskKey) {
        Sql.update(connection, "DELETE FROM task_claims WHERE sweep_id = ? AND task_key = ? AND host = ? AND pid = ?",
                sweepId, taskKey, Provenance.host(), ProcessHandle.current().pid());
    }

    /** Renews the heartbeat of every claim this process holds in this sweep. */
    void heartbeat() {
        Sql.update(connection, "UPDATE task_claims SET heartbeat_at = ? WHERE sweep_id = ? AND host = ? AND pid = ?",
                Instant.now().toString(), sweepId, Provenance.host(), ProcessHandle.current().pid());
    }

    private boolean insert(String taskKey) {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO task_claims (sweep_id, task_key, host, pid, process_start, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            Sql.bind(insert, sweepId, taskKey, Provenance.host(), ProcessHandle.current().pid(), PROCESS_START, Instant.now().toString());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot claim task " + taskKey + " of sweep " + sweepId + ": " + e.getMessage(), e);
        }
    }

    private Owner owner(String taskKey) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT host, pid, process_start, heartbeat_at FROM task_claims WHERE sweep_id = ? AND task_key = ?")) {
            Sql.bind(query, sweepId, taskKey);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new Owner(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4)) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the claim of task " + taskKey + ": " + e.getMessage(), e);
        }
    }

    /** The process holding a claim. */
    record Owner(String host, long pid, String processStart, String heartbeat) {
        boolean isThisProcess() {
            return host.equals(Provenance.host()) && pid == ProcessHandle.current().pid()
                    && (processStart == null || processStart.equals(PROCESS_START));
        }

        /** @return whether the owner is known to be dead at {@code now} */
        boolean isDead(Instant now) {
            if (host.equals(Provenance.host())) {
                return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                        .filter(p -> processStart == null || p.info().startInstant().map(s -> s.toString().equals(processStart)).orElse(true))
                        .isEmpty();
            }
            try {
                return Instant.parse(heartbeat).plus(STALE).isBefore(now);
            } catch (java.time.format.DateTimeParseException unreadable) {
                return true;
            }
        }
    }
}
