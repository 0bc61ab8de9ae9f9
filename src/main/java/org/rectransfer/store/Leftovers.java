package org.rectransfer.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files in {@code models/} that no run will ever use, collected when a workspace is opened: the
 * temporary files of a checkpoint write that a killed process left behind, and checkpoints (with
 * their sidecars) of runs that failed, or that no run row names. Anything that belongs to a run
 * still {@code running}, or that a finished run names as its model, is kept.
 */
final class Leftovers {
    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);

    private Leftovers() { }

    /** @return how many files were deleted */
    static int collect(Connection connection, Path models) throws SQLException, IOException {
        if (!Files.isDirectory(models)) return 0;
        List<Path> doomed = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(models)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String runId = runOf(name);
                if (runId != null && !needed(connection, runId, name.endsWith(".tmp"))) doomed.add(file);
            }
        }
        int deleted = 0;
        for (Path file : doomed) {
            if (Files.deleteIfExists(file)) {
                deleted++;
                LOG.debug("removed {}: no running or finished run uses it", file);
            }
        }
        if (deleted > 0) LOG.info("removed {} leftover file(s) of failed or interrupted runs from {}", deleted, models);
        return deleted;
    }

    /** @return the run a file of {@code models/} belongs to ({@code ID.zip}, {@code ID.zip.json}, {@code .ID.zip...tmp}), or null */
    static String runOf(String name) {
        String base = name.startsWith(".") && name.endsWith(".tmp") ? name.substring(1) : name;
        int zip = base.indexOf(".zip");
        if (zip <= 0) return null;
        String rest = base.substring(zip);
        boolean known = rest.equals(".zip") || rest.equals(".zip.json") || name.endsWith(".tmp");
        return known ? base.substring(0, zip) : null;
    }

    /** A temporary file is needed only while its run may still be writing it; a checkpoint also once its run is done. */
    private static boolean needed(Connection connection, String runId, boolean temporary) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT status, model_file FROM runs WHERE id = ?")) {
            query.setString(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) return false;
                String status = rows.getString(1);
                return status.equals("running") || (!temporary && status.equals("done") && rows.getString(2) != null);
            }
        }
    }
}
