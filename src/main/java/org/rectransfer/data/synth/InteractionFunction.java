package org.rectransfer.data.synth;

import java.util.SplittableRandom;

/**
 * The hidden interaction function of a {@link World}: a fixed random one-hidden-layer network on
 * the element-wise product of the latent vectors, with squared (even) hidden units,
 * <pre>  g(p, q) = sum_h v_h phi(c_h . (p * q) + b_h)^2 / s</pre>
 * The units are squared so that g has (almost) no bilinear part: a bilinear form p^T W q is
 * reproduced by any model after a linear change of embedding coordinates, so it would be the
 * same in every world and a source's tower would help every target alike (we measured exactly
 * that with odd units). What remains differs from world to world and is hard to learn from a
 * small domain: the part a transferred tower can carry. {@link #itemMean} gives each item's
 * average appeal m(q), which {@link DomainModel} subtracts so that the world says nothing about
 * popularity. phi is a tanh-like squashing function ({@link #phi}); s scales g - m to a
 * within-user standard deviation of 1 (latent vectors from N(0, I)), so one temperature means
 * equally decisive preferences in every world. Immutable.
 */
final class InteractionFunction {
    /** Users and items used to measure s; stable to about 1%. */
    private static final int CALIBRATION_USERS = 128;
    private static final int CALIBRATION_ITEMS = 128;
    /** Variance of a hidden unit's input from the cross term; about 1.5 keeps phi clearly nonlinear. */
    private static final double CROSS_VARIANCE = 1.5;
    private static final double BIAS_VARIANCE = 0.25;

    private final int dim;
    private final int hidden;
    private final double[] crossWeights;  // C, hidden x dim, row-major
    private final double[] bias;          // b
    private final double[] output;        // v, already divided by s

    private InteractionFunction(World world, SplittableRandom rng) {
        dim = world.latentDim();
        hidden = world.hiddenUnits();
        crossWeights = gaussians(rng, hidden * dim, Math.sqrt(CROSS_VARIANCE / dim));
        bias = gaussians(rng, hidden, Math.sqrt(BIAS_VARIANCE));
        output = gaussians(rng, hidden, Math.sqrt(1.0 / hidden));
        double scale = withinUserDeviation(rng);
        for (int h = 0; h < hidden; h++) output[h] /= scale;
    }

    /**
     * @return m(q) = E[g(p, q)] over users p ~ N(0, I): the item's appeal to everybody. Exact up to
     *         quadrature: given q, c_h . (p * q) is N(0, sum_k c_hk^2 q_k^2), so each unit needs
     *         one one-dimensional Gaussian average.
     */
    double itemMean(double[] q) {
        double sum = 0;
        for (int h = 0; h < hidden; h++) {
            double variance = 0;
            for (int k = 0; k < dim; k++) {
                double w = crossWeights[h * dim + k] * q[k];
                variance += w * w;
            }
            double deviation = Math.sqrt(variance);
            double b = bias[h];
            sum += output[h] * GaussianAverage.of(z -> {
                double unit = phi(deviation * z + b);
                return unit * unit;
            });
        }
        return sum;
    }

    /** @return the function of {@code world} under generator {@code seed} */
    static InteractionFunction of(World world, long seed) {
        return new InteractionFunction(world, Seeds.stream(seed, "world:" + world.name()));
    }

    /** @return g(p, q) */
    double score(double[] p, double[] q) {
        double sum = 0;
        for (int h = 0; h < hidden; h++) {
            double pre = bias[h];
            int row = h * dim;
            for (int k = 0; k < dim; k++) pre += crossWeights[row + k] * p[k] * q[k];
            double unit = phi(pre);
            sum += output[h] * unit * unit;
        }
        return sum;
    }

    /** @return a latent vector drawn from N(0, I_d) */
    double[] latent(SplittableRandom rng) {
        return gaussians(rng, dim, 1.0);
    }

    /**
     * The Pade approximant x (27 + x^2) / (27 + 9 x^2) of tanh, clamped to +-1 beyond |x| = 3,
     * where its value is exactly 1 and its slope exactly 0 (so phi is smooth). Arithmetic only:
     * tens of millions of calls stay fast and give the same bits on every platform.
     */
    static double phi(double x) {
        if (x >= 3) return 1;
        if (x <= -3) return -1;
        double x2 = x * x;
        return x * (27 + x2) / (27 + 9 * x2);
    }

    /** @return the pooled standard deviation of the unscaled g - m across items, within users */
    private double withinUserDeviation(SplittableRandom rng) {
        double[][] items = new double[CALIBRATION_ITEMS][];
        double[] itemMeans = new double[CALIBRATION_ITEMS];
        for (int i = 0; i < CALIBRATION_ITEMS; i++) {
            items[i] = latent(rng);
            itemMeans[i] = itemMean(items[i]);
        }
        double squares = 0;
        double[] scores = new double[CALIBRATION_ITEMS];
        for (int u = 0; u < CALIBRATION_USERS; u++) {
            double[] p = latent(rng);
            double mean = 0;
            for (int i = 0; i < CALIBRATION_ITEMS; i++) {
                scores[i] = score(p, items[i]) - itemMeans[i];
                mean += scores[i] / CALIBRATION_ITEMS;
            }
            for (double s : scores) squares += (s - mean) * (s - mean);
        }
        return Math.sqrt(Math.max(squares / (CALIBRATION_USERS * (CALIBRATION_ITEMS - 1.0)), 1e-12));
    }

    private static double[] gaussians(SplittableRandom rng, int n, double std) {
        double[] values = new double[n];
        for (int k = 0; k < n; k++) values[k] = std * Samplers.normal(rng);
        return values;
    }
}
