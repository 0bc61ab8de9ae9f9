package org.rectransfer.data.synth;

import java.util.SplittableRandom;

/**
 * The number of interactions n_u of a user: a shifted negative binomial,
 * {@code n_u = shift + NB(mean - shift, dispersion)}, where NB(m, k) has mean m and variance
 * {@code m + m^2 / k} (a Poisson whose rate is Gamma(k, m / k) distributed). Small dispersion
 * gives a long tail of heavy users; large dispersion concentrates users around the mean.
 *
 * @param shift      the smallest possible count
 * @param mean       the expected count (before the generator caps it at half the items)
 * @param dispersion the negative binomial's k (shape of the Gamma mixing distribution)
 */
public record ActivityDistribution(int shift, double mean, double dispersion) {
    /** Validates the parameters. */
    public ActivityDistribution {
        if (shift < 1 || !(mean > shift) || !(dispersion > 0)) {
            throw new IllegalArgumentException(
                    "need 1 <= shift < mean and dispersion > 0: " + shift + ", " + mean + ", " + dispersion);
        }
    }

    /** @return one draw of n_u, at most {@code cap} */
    public int sample(SplittableRandom rng, int cap) {
        double excess = mean - shift;
        double rate = Samplers.gamma(rng, dispersion) * (excess / dispersion);
        long count = shift + Samplers.poisson(rng, Math.min(rate, cap));
        return (int) Math.min(count, cap);
    }
}
