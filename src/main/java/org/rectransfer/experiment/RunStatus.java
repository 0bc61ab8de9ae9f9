package org.rectransfer.experiment;

import java.util.Locale;

/**
 * Where a run stands. Stored as today's lower-case words ({@code running}, {@code done},
 * {@code failed}; the schema's CHECK constraint allows only these), so old workspaces open unchanged.
 */
public enum RunStatus {
    RUNNING, DONE, FAILED;

    /** @return the word stored in the workspace and shown to users */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param stored a stored word
     * @return its status
     * @throws IllegalArgumentException naming the word when it is none of them
     */
    public static RunStatus parse(String stored) {
        for (RunStatus status : values()) {
            if (status.stored().equals(stored)) return status;
        }
        throw new IllegalArgumentException("unknown run status '" + stored + "' (expected running, done or failed)");
    }

    @Override
    public String toString() {
        return stored();
    }
}
