package org.rectransfer.study;

import org.rectransfer.analysis.ImportanceResult;

/**
 * The three runs the lab trained (or reused) for one seed, and what they measured.
 *
 * @param seed             the seed of all three
 * @param sourceRun        the source model's run id in the workspace
 * @param baselineRun      the baseline's run id
 * @param transferRun      the transfer's run id
 * @param baselineHr       the baseline's HR@10
 * @param transferHr       the transfer's HR@10
 * @param collapsed        whether the transfer scored every candidate alike
 * @param sourceImportance the erasure importance of every FC neuron of the source model (Fig. 2);
 *                         null where not measured (tests)
 */
public record SeedTransfer(long seed, String sourceRun, String baselineRun, String transferRun, double baselineHr,
                         double transferHr, boolean collapsed, ImportanceResult sourceImportance) {

    /** @return the paper's gain, (HR - HR_baseline) / HR_baseline x 100; NaN when the baseline's HR is 0 */
    public double gainPercent() {
        return baselineHr > 0 ? 100 * (transferHr - baselineHr) / baselineHr : Double.NaN;
    }
}
