package org.rectransfer.train;

import org.rectransfer.model.NcfParameters;

/**
 * One worker of a training step: its own forward and backward buffers and its own
 * {@link Gradients}, run on a contiguous slice of the batch. The parameters it reads are shared
 * and not written during forward and backward, so workers need no locking.
 */
final class StepWorker {
    private final ForwardPass forward;
    private final Gradients gradients;
    private final BackwardPass backward;
    private double loss;

    StepWorker(NcfParameters params, EngineConfig config, BatchRows userRows, BatchRows itemRows) {
        this.forward = new ForwardPass(params, config.maxBatch());
        this.gradients = new Gradients(params.spec(), userRows, itemRows, config.maxBatch());
        this.backward = new BackwardPass(params, config.plan(), forward, gradients);
    }

    /**
     * Forward and backward on samples {@code off .. off + m)} of a batch of {@code n}; the loss
     * gradient is divided by {@code n}, so the workers' gradients sum to the batch's.
     */
    void run(int[] users, int[] items, float[] labels, int off, int m, int n) {
        forward.run(users, items, off, m);
        loss = BinaryCrossEntropy.sumLossAndDelta(forward.probabilities(), labels, off, m, n, backward.outputDelta());
        backward.run(off, m);
    }

    /** @return the summed loss of the last slice */
    double loss() {
        return loss;
    }

    /** @return this worker's gradients of the last slice */
    Gradients gradients() {
        return gradients;
    }

    /** @return the forward buffers, also for loss evaluation outside training */
    ForwardPass forward() {
        return forward;
    }
}
