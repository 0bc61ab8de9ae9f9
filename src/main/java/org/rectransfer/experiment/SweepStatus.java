package org.rectransfer.experiment;

import java.util.Locale;

/**
 * Where a sweep stands: {@code running} while (or since) a process works on it, {@code done} when
 * every task finished, {@code incomplete} when the last attempt ended with failed tasks. Stored as
 * these lower-case words.
 */
public enum SweepStatus {
    RUNNING, DONE, INCOMPLETE;

    /** @return the word stored in the workspace and shown to users */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param stored a stored word
     * @return its status
     * @throws IllegalArgumentException naming the word when it is none of them
     */
    public static SweepStatus parse(String stored) {
        for (SweepStatus status : values()) {
            if (status.stored().equals(stored)) return status;
        }
        throw new IllegalArgumentException("unknown sweep status '" + stored + "' (expected running, done or incomplete)");
    }

    @Override
    public String toString() {
        return stored();
    }
}
