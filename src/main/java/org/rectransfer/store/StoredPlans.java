package org.rectransfer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads a run's plan ({@code baseline}, {@code config-N} or a custom plan), e.g. to label its curves. */
public final class StoredPlans {
    private StoredPlans() { }

    /** @return the run's plan; empty for an unknown run or one without a plan */
    public static Optional<String> of(Workspace workspace, String runId) {
        synchronized (workspace) {
            try (PreparedStatement query = workspace.connection().prepareStatement("SELECT plan FROM runs WHERE id = ?")) {
                Sql.bind(query, runId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the plan of run " + runId + ": " + e.getMessage(), e);
            }
        }
    }
}
