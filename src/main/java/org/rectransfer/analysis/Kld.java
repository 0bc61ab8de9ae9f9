package org.rectransfer.analysis;

import org.rectransfer.data.ActivityHistogram;

/**
 * The relatedness of a source and a target domain (Nguyen et al. 2020, Eq. 8):
 * {@code R(S, T) = KLD(H_u(S) || H_u(T)) = sum_b p_S(b) ln(p_S(b) / p_T(b))}, in nats, where
 * {@code H_u} is the histogram of interactions per user over bins shared by both domains
 * ({@link SharedBins}) and {@code p} its smoothed normalisation ({@link Smoothing}).
 *
 * <p>Defaults: {@link Binning#defaults()} (logarithmic, 4 bins per doubling) and
 * {@link Smoothing#defaults()} (0.5 users per bin). With any smoothing the result is finite and
 * non-negative, and 0 exactly when both histograms are equal. The divergence is asymmetric:
 * {@code between(S, T) != between(T, S)} in general.
 */
public final class Kld {
    private Kld() {
    }

    /** @return {@code KLD(H_u(source) || H_u(target))} with the default binning and smoothing */
    public static double between(ActivityHistogram source, ActivityHistogram target) {
        return between(source, target, Binning.defaults(), Smoothing.defaults());
    }

    /**
     * @param source    the source domain's histogram
     * @param target    the target domain's histogram
     * @param binning   how to bin the shared range
     * @param smoothing what to add to every bin
     * @return {@code KLD(H_u(source) || H_u(target))} in nats
     */
    public static double between(ActivityHistogram source, ActivityHistogram target, Binning binning,
                                 Smoothing smoothing) {
        return of(SharedBins.of(source, target, binning), smoothing);
    }

    /**
     * @param sourceUsersByDegree users per interaction count in the source (index = count)
     * @param targetUsersByDegree the same for the target
     * @param binning             how to bin the shared range
     * @param smoothing           what to add to every bin
     * @return the divergence in nats
     */
    public static double between(int[] sourceUsersByDegree, int[] targetUsersByDegree, Binning binning,
                                 Smoothing smoothing) {
        return of(SharedBins.of(sourceUsersByDegree, targetUsersByDegree, binning), smoothing);
    }

    /**
     * @param bins      both histograms over shared bins
     * @param smoothing what to add to every bin
     * @return {@code KLD(source || target)} of the smoothed histograms, in nats
     */
    public static double of(SharedBins bins, Smoothing smoothing) {
        return divergence(smoothing.probabilities(bins.source()), smoothing.probabilities(bins.target()));
    }

    /**
     * The plain divergence of two probability vectors; a term with {@code p = 0} is 0, and a
     * term with {@code p > 0, q = 0} makes the result infinite (smooth first to avoid that).
     *
     * @param p the first distribution
     * @param q the second, same length
     * @return {@code sum p ln(p / q)} in nats
     */
    public static double divergence(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("lengths differ: " + p.length + " vs " + q.length);
        }
        double sum = 0;
        for (int b = 0; b < p.length; b++) {
            if (p[b] > 0) {
                sum += p[b] * Math.log(p[b] / q[b]);
            }
        }
        // Rounding can leave -1e-17 for identical inputs; the divergence is never negative.
        return Math.max(0.0, sum);
    }
}
