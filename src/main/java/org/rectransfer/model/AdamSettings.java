package org.rectransfer.model;

/**
 * Adam hyper-parameters. The defaults are DL4J's ({@code org.nd4j.linalg.learning.config.Adam}
 * DEFAULT_ADAM_*: lr 1e-3, beta1 0.9, beta2 0.999, epsilon 1e-8), which are also the paper's.
 *
 * <p>As in DL4J, epsilon is added to {@code sqrt(v)} without bias correction and the bias
 * corrections are folded into the step size:
 * {@code p -= lr * sqrt(1 - beta2^t) / (1 - beta1^t) * m / (sqrt(v) + epsilon)}.
 *
 * @param learningRate the base learning rate
 * @param beta1        decay of the first moment
 * @param beta2        decay of the second moment
 * @param epsilon      added to the denominator
 */
public record AdamSettings(double learningRate, double beta1, double beta2, double epsilon) {

    /** DL4J's (and the paper's) Adam. */
    public static final AdamSettings DEFAULT = new AdamSettings(1e-3, 0.9, 0.999, 1e-8);

    /** Validates the ranges. */
    public AdamSettings {
        if (!(learningRate >= 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)
                || !(epsilon > 0)) {
            throw new IllegalArgumentException("bad Adam settings: lr " + learningRate + ", beta1 "
                    + beta1 + ", beta2 " + beta2 + ", epsilon " + epsilon);
        }
    }

    /**
     * @param lr another learning rate
     * @return these settings with that learning rate
     */
    public AdamSettings withLearningRate(double lr) {
        return new AdamSettings(lr, beta1, beta2, epsilon);
    }
}
