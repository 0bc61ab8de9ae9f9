package org.rectransfer.analysis;

import java.util.Objects;

import org.rectransfer.data.DomainStats;

/**
 * One target domain's row of the paper's Table 6 input: the gain of a transfer configuration
 * on it and the characteristics the gain is correlated with.
 *
 * @param target   the target domain name
 * @param gain     the gain (%) of the configuration on that target
 * @param size     the target's size ({@link SizeMeasure})
 * @param sparsity the target's sparsity, {@code 1 - interactions / (users x items)}
 */
public record TargetObservation(String target, double gain, double size, double sparsity) {

    /** Checks that the name is present. */
    public TargetObservation {
        Objects.requireNonNull(target, "target");
    }

    /**
     * @param gain    the gain (%) on the target
     * @param stats   the target's Table 2 statistics
     * @param measure which count is the size
     * @return the observation
     */
    public static TargetObservation of(double gain, DomainStats stats, SizeMeasure measure) {
        return new TargetObservation(stats.name(), gain, measure.of(stats), stats.sparsity());
    }
}
