package org.rectransfer.study;

/**
 * One row of a sweep's Table 2: a target after its filter, its baseline over the sweep's seeds and
 * what ranking items by popularity scores on the same held-out items and candidates.
 *
 * @param target         the target's name in the sweep ({@code Office@25%} for a share of its users)
 * @param users          users after the filter (mean over seeds, which differ only for a share)
 * @param items          items after the filter (mean over seeds)
 * @param interactions   interactions after the filter (mean over seeds)
 * @param seeds          the finished baselines
 * @param baselineHr     the MLP baseline's HR@k, mean over seeds
 * @param baselineSd     its sample standard deviation (NaN with one seed)
 * @param popularityHr   item popularity's HR@k on the same splits, mean over seeds
 * @param popularitySd   its sample standard deviation (0 when every seed has the same split)
 */
public record TargetBaseline(String target, double users, double items, double interactions, int seeds,
                             double baselineHr, double baselineSd, double popularityHr, double popularitySd) {

    /** @return the share of the user-item matrix left empty, in percent */
    public double sparsityPercent() {
        return 100 * (1 - interactions / (users * items));
    }
}
