package org.rectransfer.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import org.rectransfer.model.TransferPlan;

/**
 * What the transfer lab trains: for every seed, a source model, a baseline and a transfer on the target.
 *
 * @param source the source domain's file
 * @param target the target domain's file
 * @param epochs the most epochs of every model (early stopping may end it sooner)
 * @param seeds  how many seeds: the lab trains seeds 1..seeds (each seeds the split, the
 *               candidates, the initialisation and the sampling)
 * @param plan   which layers are transferred, frozen or tuned
 */
public record TransferRequest(Path source, Path target, int epochs, int seeds, TransferPlan plan) {
    /** The most seeds the lab offers. */
    public static final int MAX_SEEDS = 10;

    /** Validates the request. */
    public TransferRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(plan, "plan");
        if (epochs < 1) throw new IllegalArgumentException("epochs must be >= 1");
        if (seeds < 1 || seeds > MAX_SEEDS) throw new IllegalArgumentException("seeds must be 1.." + MAX_SEEDS);
    }

    /** @return the seeds trained, 1..{@link #seeds()} */
    public List<Long> seedList() {
        return LongStream.rangeClosed(1, seeds).boxed().toList();
    }
}
