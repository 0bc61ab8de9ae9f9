package org.rectransfer.data.synth;

import java.util.SplittableRandom;

/**
 * Random variates built only from {@link SplittableRandom#nextLong()}, IEEE arithmetic and
 * {@link DetMath}, so that the committed sample data is bit-for-bit reproducible on every JVM
 * and platform (the JDK's own {@code nextGaussian} and {@code Math} functions may differ between
 * versions or CPUs).
 */
final class Samplers {
    private Samplers() { }

    /** @return a uniform double in the open interval (0, 1) */
    static double uniform(SplittableRandom rng) {
        return ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }

    /**
     * @return a uniform int in [0, bound), from the top 32 bits of one {@code nextLong()} (bias
     *         below bound / 2^32, negligible for catalogue sizes)
     */
    static int index(SplittableRandom rng, int bound) {
        return (int) (((rng.nextLong() >>> 32) * bound) >>> 32);
    }

    /**
     * @return a standard normal draw (Marsaglia's polar method, which needs no trigonometry; the
     *         second value of each pair is discarded so that no state is kept between calls)
     */
    static double normal(SplittableRandom rng) {
        while (true) {
            double x = 2.0 * uniform(rng) - 1.0;
            double y = 2.0 * uniform(rng) - 1.0;
            double s = x * x + y * y;
            if (s < 1.0 && s > 0.0) return x * Math.sqrt(-2.0 * DetMath.log(s) / s);
        }
    }

    /** @return a standard Gumbel draw, -log(-log U) */
    static double gumbel(SplittableRandom rng) {
        return -DetMath.log(-DetMath.log(uniform(rng)));
    }

    /** @return a Gamma(shape, 1) draw (Marsaglia and Tsang 2000, with the boost for shape < 1) */
    static double gamma(SplittableRandom rng, double shape) {
        if (shape < 1) {
            return gamma(rng, shape + 1) * DetMath.pow(uniform(rng), 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = normal(rng);
            double v = 1.0 + c * x;
            if (v <= 0) continue;
            v = v * v * v;
            double u = uniform(rng);
            if (DetMath.log(u) < 0.5 * x * x + d - d * v + d * DetMath.log(v)) return d * v;
        }
    }

    /**
     * @return a Poisson(mean) draw by sequential inversion; O(mean), fine for the means of a
     *         few hundred used here (the caller keeps mean well below exp underflow at ~700)
     */
    static long poisson(SplittableRandom rng, double mean) {
        double u = uniform(rng);
        double p = DetMath.exp(-mean);
        double cumulative = p;
        long k = 0;
        // The bound stops the loop if rounding leaves the cumulative sum just below u.
        long bound = (long) (mean + 20 * Math.sqrt(mean + 1) + 20);
        while (u > cumulative && k < bound) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }
}
