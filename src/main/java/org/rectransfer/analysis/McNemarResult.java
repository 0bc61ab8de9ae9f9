package org.rectransfer.analysis;

/**
 * The outcome of {@link McNemar}'s test.
 *
 * @param baselineOnly users the baseline hits and the configuration misses
 * @param configOnly   users the configuration hits and the baseline misses
 * @param exact        true if the exact binomial test was used
 * @param statistic    the chi-square statistic with continuity correction, or for the exact
 *                     test {@code min(baselineOnly, configOnly)}
 * @param p            the two-sided p-value
 */
public record McNemarResult(int baselineOnly, int configOnly, boolean exact, double statistic, double p) {

    /** @return the number of discordant users, {@code baselineOnly + configOnly} */
    public int discordant() {
        return baselineOnly + configOnly;
    }
}
