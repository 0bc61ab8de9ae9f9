package org.rectransfer.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs whose process died (killed, crashed, machine rebooted) stay {@code running} in the
 * database. When a workspace is opened, a running run started on this machine by a process that
 * no longer exists (or whose process id now belongs to a process started at another time, as
 * PID 1 of every container is) is marked {@code failed} with the reason {@code interrupted: ...}; a sweep that
 * is rerun redoes it. Runs of other machines, of live processes, and of runs recorded before the
 * process id was stored, are left alone: nothing here can tell that they are dead.
 */
final class InterruptedRuns {
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedRuns.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private InterruptedRuns() { }

    /** @return how many runs were marked failed */
    static int markFailed(Connection connection) throws SQLException {
        List<String[]> dead = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, provenance_json FROM runs WHERE status = 'running'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String reason = deathOf(rows.getString("provenance_json"));
                if (reason != null) dead.add(new String[] {rows.getString("id"), reason});
            }
        }
        for (String[] run : dead) {
            // Only if still running: another process opening the workspace may have done it already.
            int marked = Sql.update(connection, "UPDATE runs SET status = 'failed', finished_at = ?, error = ? WHERE id = ? AND status = 'running'",
                    Instant.now().toString(), run[1], run[0]);
            if (marked > 0) LOG.warn("run {} was left running by a process that is gone; marked failed ({})", run[0], run[1]);
        }
        return dead.size();
    }

    /** @return why the run's process is known to be dead, or null when it may be alive */
    private static String deathOf(String provenanceJson) {
        JsonNode provenance;
        try {
            provenance = JSON.readTree(provenanceJson == null ? "{}" : provenanceJson);
        } catch (IOException e) {
            return null;
        }
        JsonNode pid = provenance.path("pid");
        String host = provenance.path("host").asText(null);
        if (!pid.canConvertToLong() || host == null || !host.equals(Provenance.host())) return null;
        String started = provenance.path("processStart").asText(null);
        boolean alive = ProcessHandle.of(pid.asLong()).filter(ProcessHandle::isAlive)
                .filter(process -> started == null || process.info().startInstant().map(s -> s.toString().equals(started)).orElse(true))
                .isPresent();
        return alive ? null : "interrupted: process " + pid.asLong() + " on " + host + " ended before the run finished";
    }
}
