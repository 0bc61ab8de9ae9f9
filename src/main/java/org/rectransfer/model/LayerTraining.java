package org.rectransfer.model;

/**
 * How one layer is trained: whether its parameters are updated, and with which learning rate.
 * A frozen layer still passes gradients back to the layers below it.
 *
 * @param trainable    false to keep the layer's parameters fixed
 * @param learningRate the layer's Adam learning rate (ignored when frozen)
 */
public record LayerTraining(boolean trainable, double learningRate) {

    /** Validates the learning rate. */
    public LayerTraining {
        if (!(learningRate >= 0)) {
            throw new IllegalArgumentException("learning rate must be >= 0: " + learningRate);
        }
    }

    /** @return a frozen layer */
    public static LayerTraining frozen() {
        return new LayerTraining(false, 0);
    }

    /**
     * @param learningRate the layer's learning rate
     * @return a trainable layer
     */
    public static LayerTraining trainable(double learningRate) {
        return new LayerTraining(true, learningRate);
    }
}
