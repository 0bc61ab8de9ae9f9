package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.Objects;
import org.rectransfer.model.TransferPlan;

/**
 * What the transfer lab trains: a source model, a baseline and a transfer on the target.
 *
 * @param source the source domain's file
 * @param target the target domain's file
 * @param epochs epochs of every model
 * @param seed   the seed of every model (split, candidates, initialisation, sampling)
 * @param plan   which layers are transferred, frozen or tuned
 */
public record LabRequest(Path source, Path target, int epochs, long seed, TransferPlan plan) {
    /** Validates the request. */
    public LabRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(plan, "plan");
        if (epochs < 1) throw new IllegalArgumentException("epochs must be >= 1");
    }
}
