package org.rectransfer.train;

import org.rectransfer.model.AdamSettings;

/**
 * Adam's per-element update, in float and in the same order of operations as libnd4j's
 * {@code adam_updater} used by DL4J, so that dense Adam reproduces DL4J's weights:
 * <pre>
 *   m = beta1 * m + g * (1 - beta1)
 *   v = beta2 * v + g * g * (1 - beta2)
 *   p -= m * alphaT / (sqrt(v) + epsilon),   alphaT = lr * sqrt(1 - beta2^t) / (1 - beta1^t)
 * </pre>
 */
final class AdamKernel {
    private final float beta1;
    private final float beta2;
    private final float oneMinusBeta1;
    private final float oneMinusBeta2;
    private final float epsilon;

    AdamKernel(AdamSettings settings) {
        this.beta1 = (float) settings.beta1();
        this.beta2 = (float) settings.beta2();
        this.oneMinusBeta1 = 1f - beta1;
        this.oneMinusBeta2 = 1f - beta2;
        this.epsilon = (float) settings.epsilon();
    }

    /**
     * @param learningRate the layer's learning rate
     * @param t            the 1-based step number
     * @return the bias-corrected step size for step t
     */
    float alphaT(double learningRate, long t) {
        float beta1T = (float) Math.pow(beta1, t);
        float beta2T = (float) Math.pow(beta2, t);
        float numerator = (float) learningRate * (float) Math.sqrt((float) (1.0 - beta2T));
        float alpha = (float) (numerator / (1.0 - beta1T));
        // libnd4j falls back to epsilon when the step size degenerates.
        return Float.isFinite(alpha) && alpha != 0f ? alpha : epsilon;
    }

    /**
     * Updates {@code p, m, v[0 .. len)} with gradient {@code g[0 .. len)}. Zero-based on
     * purpose: C2 vectorises this loop (sqrt and division included) but not one indexing the
     * arrays at different offsets.
     */
    void apply(float[] p, float[] m, float[] v, float[] g, int len, float alphaT) {
        for (int j = 0; j < len; j++) {
            float gj = g[j];
            float mj = beta1 * m[j] + gj * oneMinusBeta1;
            float vj = beta2 * v[j] + gj * gj * oneMinusBeta2;
            m[j] = mj;
            v[j] = vj;
            p[j] -= mj * alphaT / ((float) Math.sqrt(vj) + epsilon);
        }
    }
}
