package org.rectransfer.analysis;

/**
 * Additive smoothing of binned counts: {@code pseudoCount} users are added to every bin before
 * normalising, {@code p(b) = (c(b) + a) / (N + a * B)} for {@code B} bins and {@code N} users.
 * Because {@code a > 0}, every probability is positive and the divergence is always finite.
 *
 * <p>Default ({@link #defaults()}): {@code a = 0.5}, the Jeffreys (Krichevsky-Trofimov) estimator.
 * A pseudo-count, unlike a fixed probability epsilon, scales with the domain: an empty bin of a
 * domain with {@code N} users gets about {@code 0.5 / N}, the resolution its sample actually has,
 * so the divergence is not dominated by an arbitrary {@code log(1/epsilon)}.
 *
 * @param pseudoCount users added to every bin, positive and finite
 */
public record Smoothing(double pseudoCount) {

    /** The default pseudo-count (Jeffreys prior). */
    public static final double DEFAULT_PSEUDO_COUNT = 0.5;

    /** Checks the pseudo-count. */
    public Smoothing {
        if (!(pseudoCount > 0) || Double.isInfinite(pseudoCount)) {
            throw new IllegalArgumentException("pseudo-count must be positive and finite: " + pseudoCount);
        }
    }

    /** @return the default, {@value #DEFAULT_PSEUDO_COUNT} users per bin */
    public static Smoothing defaults() {
        return new Smoothing(DEFAULT_PSEUDO_COUNT);
    }

    /** @return Laplace smoothing, one user per bin */
    public static Smoothing laplace() {
        return new Smoothing(1.0);
    }

    /**
     * @param counts users per bin, non-negative
     * @return the smoothed probabilities, all positive, summing to 1
     */
    public double[] probabilities(double[] counts) {
        double total = 0;
        for (double c : counts) {
            total += c + pseudoCount;
        }
        double[] p = new double[counts.length];
        for (int b = 0; b < counts.length; b++) {
            p[b] = (counts[b] + pseudoCount) / total;
        }
        return p;
    }
}
