package org.rectransfer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rectransfer.experiment.EpochMetrics;

/** Reads a run's per-epoch metrics (the {@code epochs} table), e.g. for training curves. */
public final class StoredEpochs {
    private StoredEpochs() { }

    /** @return the run's epochs in order; empty for an unknown or unfinished run. NULL metrics read as NaN. */
    public static List<EpochMetrics> of(Workspace workspace, String runId) {
        synchronized (workspace) {
            try (PreparedStatement query = workspace.connection().prepareStatement("""
                    SELECT epoch, loss, hr, ndcg, validation_hr, seconds, samples_per_second
                    FROM epochs WHERE run_id = ? ORDER BY epoch""")) {
                Sql.bind(query, runId);
                List<EpochMetrics> epochs = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        epochs.add(new EpochMetrics(rows.getInt("epoch"), Sql.real(rows, "loss"), Sql.real(rows, "hr"),
                                Sql.real(rows, "ndcg"), Sql.real(rows, "validation_hr"), Sql.real(rows, "seconds"),
                                Sql.real(rows, "samples_per_second")));
                    }
                }
                return epochs;
            } catch (SQLException e) {
                throw new StoreException("cannot read the epochs of run " + runId + ": " + e.getMessage(), e);
            }
        }
    }
}
