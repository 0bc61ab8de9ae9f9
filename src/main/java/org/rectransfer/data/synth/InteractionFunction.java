package org.rectransfer.data.synth;

import java.util.SplittableRandom;

/**
 * The hidden interaction function of a {@link World}: a fixed random one-hidden-layer network
 * <pre>  g(p, q) = (v . tanh(A p + B q + C (p * q) + b) - mu) / sigma</pre>
 * where {@code p * q} is the element-wise product (a genuine user-item interaction term), and
 * mu, sigma standardise g to mean 0 and standard deviation 1 over latent vectors drawn from
 * N(0, I), so one temperature means the same for every world. Immutable.
 */
final class InteractionFunction {
    /** Pairs used to standardise g; enough for mu and sigma to be stable to about 1%. */
    private static final int CALIBRATION_PAIRS = 4096;

    private final int dim;
    private final int hidden;
    private final double[] userWeights;   // A, hidden x dim, row-major
    private final double[] itemWeights;   // B
    private final double[] crossWeights;  // C
    private final double[] bias;          // b
    private final double[] output;        // v
    private final double mu;
    private final double sigma;

    private InteractionFunction(World world, SplittableRandom rng) {
        dim = world.latentDim();
        hidden = world.hiddenUnits();
        // Scales chosen so the pre-activation has variance about 1.5, two thirds of it from the
        // cross term: tanh is then nonlinear without being a step function.
        userWeights = gaussians(rng, hidden * dim, Math.sqrt(0.25 / dim));
        itemWeights = gaussians(rng, hidden * dim, Math.sqrt(0.25 / dim));
        crossWeights = gaussians(rng, hidden * dim, Math.sqrt(1.0 / dim));
        bias = gaussians(rng, hidden, Math.sqrt(0.1));
        output = gaussians(rng, hidden, Math.sqrt(1.0 / hidden));
        double[] moments = rawMoments(rng);
        mu = moments[0];
        sigma = Math.sqrt(Math.max(moments[1] - moments[0] * moments[0], 1e-12));
    }

    /** @return the function of {@code world} under generator {@code seed} */
    static InteractionFunction of(World world, long seed) {
        return new InteractionFunction(world, Seeds.stream(seed, "world:" + world.name()));
    }

    /** @return the latent dimension d */
    int dim() { return dim; }

    /** @return A p, the user's share of the pre-activation (computed once per user) */
    double[] userTerm(double[] p) {
        return multiply(userWeights, p, new double[hidden]);
    }

    /** @return B q + b, the item's share of the pre-activation (computed once per item) */
    double[] itemTerm(double[] q) {
        double[] term = multiply(itemWeights, q, new double[hidden]);
        for (int h = 0; h < hidden; h++) term[h] += bias[h];
        return term;
    }

    /** @return g(p, q), given the precomputed {@link #userTerm} and {@link #itemTerm} */
    double score(double[] p, double[] userTerm, double[] q, double[] itemTerm) {
        return (rawScore(p, userTerm, q, itemTerm) - mu) / sigma;
    }

    private double rawScore(double[] p, double[] userTerm, double[] q, double[] itemTerm) {
        double sum = 0;
        for (int h = 0; h < hidden; h++) {
            double pre = userTerm[h] + itemTerm[h];
            int row = h * dim;
            for (int k = 0; k < dim; k++) pre += crossWeights[row + k] * p[k] * q[k];
            sum += output[h] * DetMath.tanh(pre);
        }
        return sum;
    }

    /** @return a latent vector drawn from N(0, I_d) */
    double[] latent(SplittableRandom rng) {
        return gaussians(rng, dim, 1.0);
    }

    /** @return the mean and the mean square of the unstandardised g over random latent pairs */
    private double[] rawMoments(SplittableRandom rng) {
        double sum = 0;
        double sumSquares = 0;
        for (int n = 0; n < CALIBRATION_PAIRS; n++) {
            double[] p = latent(rng);
            double[] q = latent(rng);
            double s = rawScore(p, userTerm(p), q, itemTerm(q));
            sum += s;
            sumSquares += s * s;
        }
        return new double[] {sum / CALIBRATION_PAIRS, sumSquares / CALIBRATION_PAIRS};
    }

    private double[] multiply(double[] weights, double[] x, double[] out) {
        for (int h = 0; h < hidden; h++) {
            double sum = 0;
            for (int k = 0; k < dim; k++) sum += weights[h * dim + k] * x[k];
            out[h] = sum;
        }
        return out;
    }

    private static double[] gaussians(SplittableRandom rng, int n, double std) {
        double[] values = new double[n];
        for (int k = 0; k < n; k++) values[k] = std * Samplers.normal(rng);
        return values;
    }
}
