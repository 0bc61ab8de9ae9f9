package org.rectransfer.analysis;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * McNemar's test of paired binary outcomes: did the configuration hit (HR@K) for different users
 * than the baseline more often in one direction than the other? Only discordant users count:
 * {@code b} hit by the baseline only, {@code c} by the configuration only. Under the null
 * hypothesis each discordant user goes either way with probability 1/2.
 *
 * <p>With fewer than {@value #EXACT_BELOW} discordant users the exact two-sided binomial (sign)
 * test is used, {@code p = min(1, 2 P(X <= min(b, c)))} with {@code X ~ Bin(b + c, 1/2)};
 * otherwise the chi-square approximation with Edwards' continuity correction,
 * {@code (|b - c| - 1)^2 / (b + c)} (the correction stops at 0 when {@code b = c}) against
 * chi-square with 1 degree of freedom. No discordant users give p = 1. The threshold of 25 is the usual rule (e.g. statsmodels' recommendation).
 */
public final class McNemar {
    /** Below this many discordant users the exact binomial test is used. */
    public static final int EXACT_BELOW = 25;

    private McNemar() {
    }

    /**
     * @param baselineHits per user, whether the baseline hit
     * @param configHits   per user (same order), whether the configuration hit
     * @return the test's outcome
     */
    public static McNemarResult test(boolean[] baselineHits, boolean[] configHits) {
        if (baselineHits.length != configHits.length) {
            throw new IllegalArgumentException("hit arrays differ in length: "
                    + baselineHits.length + " vs " + configHits.length);
        }
        int baselineOnly = 0;
        int configOnly = 0;
        for (int u = 0; u < baselineHits.length; u++) {
            if (baselineHits[u] && !configHits[u]) {
                baselineOnly++;
            } else if (configHits[u] && !baselineHits[u]) {
                configOnly++;
            }
        }
        return test(baselineOnly, configOnly);
    }

    /**
     * @param baselineOnly users hit by the baseline only
     * @param configOnly   users hit by the configuration only
     * @return the test's outcome
     */
    public static McNemarResult test(int baselineOnly, int configOnly) {
        if (baselineOnly < 0 || configOnly < 0) {
            throw new IllegalArgumentException("counts must be non-negative: " + baselineOnly + ", " + configOnly);
        }
        int discordant = baselineOnly + configOnly;
        int smaller = Math.min(baselineOnly, configOnly);
        if (discordant == 0) {
            return new McNemarResult(0, 0, true, 0, 1.0);
        }
        if (discordant < EXACT_BELOW) {
            double tail = new BinomialDistribution(null, discordant, 0.5).cumulativeProbability(smaller);
            return new McNemarResult(baselineOnly, configOnly, true, smaller, Math.min(1.0, 2 * tail));
        }
        double excess = Math.max(0, Math.abs(baselineOnly - configOnly) - 1);
        double chi2 = excess * excess / discordant;
        double p = 1 - new ChiSquaredDistribution(null, 1).cumulativeProbability(chi2);
        return new McNemarResult(baselineOnly, configOnly, false, chi2, p);
    }
}
