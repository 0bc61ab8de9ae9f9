package org.rectransfer.train;

/**
 * Binary cross-entropy on sigmoid outputs, computed as DL4J's {@code LossBinaryXENT} does: the
 * probability is clipped to {@code [1e-5, 1 - 1e-5]} for the loss and for
 * {@code dL/dp = (p' - y) / (p' (1 - p'))}, which is then multiplied by the unclipped sigmoid
 * derivative {@code p (1 - p)}. Inside the clip range this is exactly {@code p - y}; outside,
 * the gradient shrinks like DL4J's. The loss is the mean over the batch, so each delta is
 * divided by {@code n} (DL4J sums and lets its updater divide by the minibatch size).
 */
final class BinaryCrossEntropy {
    /** DL4J's {@code LossBinaryXENT.DEFAULT_CLIPPING_EPSILON}. */
    static final float CLIP = 1e-5f;

    private BinaryCrossEntropy() {
    }

    /**
     * @param p      probabilities
     * @param labels 0/1 labels
     * @param n      batch size
     * @param delta  receives dLoss/dz for each sample, z the pre-sigmoid output
     * @return the mean loss
     */
    static double lossAndDelta(float[] p, float[] labels, int n, float[] delta) {
        return sumLossAndDelta(p, labels, 0, n, n, delta) / n;
    }

    /**
     * The loss and deltas of a slice of a batch, as one worker of a data-parallel step computes
     * them: each delta is divided by the whole batch's size, so that the workers' gradients add
     * up to the batch's.
     *
     * @param p        probabilities of the slice's samples
     * @param labels   the batch's 0/1 labels
     * @param labelOff index of the label of {@code p[0]}
     * @param m        samples in the slice
     * @param n        samples in the whole batch
     * @param delta    receives dLoss/dz for each of the slice's samples
     * @return the slice's summed (not mean) loss
     */
    static double sumLossAndDelta(float[] p, float[] labels, int labelOff, int m, int n, float[] delta) {
        double sum = 0;
        for (int b = 0; b < m; b++) {
            float pb = p[b];
            float pc = clip(pb);
            float y = labels[labelOff + b];
            sum += sampleLoss(pc, y);
            float dLdp = (pc - y) / (pc * (1f - pc));
            delta[b] = dLdp * (pb * (1f - pb)) / n;
        }
        return sum;
    }

    /**
     * @param p        probabilities
     * @param labels   0/1 labels
     * @param labelOff index of the label of {@code p[0]}
     * @param n        batch size
     * @return the summed (not mean) loss
     */
    static double sumLoss(float[] p, float[] labels, int labelOff, int n) {
        double sum = 0;
        for (int b = 0; b < n; b++) {
            sum += sampleLoss(clip(p[b]), labels[labelOff + b]);
        }
        return sum;
    }

    private static double sampleLoss(float pc, float y) {
        return -(y * Math.log(pc) + (1.0 - y) * Math.log(1.0 - pc));
    }

    private static float clip(float p) {
        return Math.min(Math.max(p, CLIP), 1f - CLIP);
    }
}
