package org.rectransfer.experiment;

import java.util.Locale;

/**
 * What a run trains: a source model, a target's baseline (both from scratch) or a transfer.
 * Stored in the workspace as today's lower-case words ({@code source}, {@code baseline},
 * {@code transfer}), so workspaces written before the enum open unchanged. Runs of {@code train}
 * and the lab's source models are stored as {@code baseline}: a model from scratch.
 */
public enum RunKind {
    SOURCE, BASELINE, TRANSFER;

    /** @return the word stored in the workspace and shown to users */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether the run starts from fresh parameters (no transferred layers) */
    public boolean fromScratch() {
        return this != TRANSFER;
    }

    /**
     * @param stored a stored word
     * @return its kind
     * @throws IllegalArgumentException naming the word when it is none of them
     */
    public static RunKind parse(String stored) {
        for (RunKind kind : values()) {
            if (kind.stored().equals(stored)) return kind;
        }
        throw new IllegalArgumentException("unknown run kind '" + stored + "' (expected source, baseline or transfer)");
    }

    @Override
    public String toString() {
        return stored();
    }
}
