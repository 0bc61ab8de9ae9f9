package org.rectransfer.analysis;

import java.util.Locale;

/**
 * The one rule that decides whether a gain over the baseline is significant (the star of the gain
 * tables, Tables 3-5, and of the gains heatmap). One test decides, never "either of two":
 * <ul>
 *   <li>with at least {@value #MIN_SEEDS_FOR_T} seeds that have both a baseline and a transfer
 *       run, the paired t-test of HR over those seeds ({@link PairedTTest});</li>
 *   <li>otherwise, or when t is undefined (differences of zero variance), McNemar's test over
 *       users' hits pooled over the seeds ({@link McNemar});</li>
 *   <li>when neither p-value can be computed (NaN), no test decides and the gain is not
 *       significant.</li>
 * </ul>
 * The gain is significant when the deciding test's p is below {@link #ALPHA}.
 */
public final class SignificanceRule {
    /** The level under which a gain is significant. */
    public static final double ALPHA = 0.05;
    /** The fewest paired seeds for which the paired t-test decides. */
    public static final int MIN_SEEDS_FOR_T = 3;
    /** The name of the paired t-test over seeds in results. */
    public static final String PAIRED_T = "paired-t";
    /** The name of McNemar's test over users' hits in results. */
    public static final String MCNEMAR = "mcnemar";
    /** The rule in one line, for the footnotes of tables and figures. */
    public static final String FOOTNOTE = String.format(Locale.ROOT,
            "* p < %s, paired t-test of HR over seeds (McNemar over users' hits, pooled over seeds,"
                    + " when fewer than %d seeds or t is undefined)", ALPHA, MIN_SEEDS_FOR_T);

    private SignificanceRule() { }

    /**
     * What the rule decided for one gain.
     *
     * @param test        {@link #PAIRED_T}, {@link #MCNEMAR}, or null when neither p could be computed
     * @param p           the deciding test's p-value, NaN when no test decided
     * @param significant whether {@code p} is below the level
     */
    public record Decision(String test, double p, boolean significant) { }

    /** @return the rule at {@link #ALPHA} */
    public static Decision decide(int seeds, double pPairedT, double pMcNemar) {
        return decide(seeds, pPairedT, pMcNemar, ALPHA);
    }

    /**
     * @param seeds    how many seeds have both a baseline and a transfer run
     * @param pPairedT the paired t-test's p over those seeds, NaN if not computed
     * @param pMcNemar McNemar's p over the users' hits of those seeds, NaN if not computed
     * @param alpha    the level
     * @return which test decided, its p and whether the gain is significant
     */
    public static Decision decide(int seeds, double pPairedT, double pMcNemar, double alpha) {
        if (seeds >= MIN_SEEDS_FOR_T && !Double.isNaN(pPairedT)) {
            return new Decision(PAIRED_T, pPairedT, pPairedT < alpha);
        }
        if (!Double.isNaN(pMcNemar)) {
            return new Decision(MCNEMAR, pMcNemar, pMcNemar < alpha);
        }
        return new Decision(null, Double.NaN, false);
    }
}
