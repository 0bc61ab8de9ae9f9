package org.rectransfer.train;

import org.rectransfer.model.LayerName;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.model.TrainingPlan;

/**
 * Back-propagation through the tower into the embedding rows of the batch.
 *
 * <p>A frozen dense layer gets no parameter gradient but still passes the gradient to its
 * input; back-propagation stops below the lowest layer that still needs one (nothing below a
 * frozen tower with frozen embeddings is computed). Not thread-safe.
 */
final class BackwardPass {
    private final NetworkSpec spec;
    private final NcfParameters params;
    private final ForwardPass forward;
    private final Gradients gradients;
    private final boolean[] denseTrainable;
    private final boolean[] needsInputGradient;
    private final boolean userTrainable;
    private final boolean itemTrainable;
    private final int stride;
    /** delta[k]: feature-major dLoss/dz of dense layer k. */
    private final float[][][] delta;
    private final float[][] sampleMajor;
    private final float[] rowScratch;
    private final int[] liveSamples;
    /** Feature-major dLoss/d(input of FC1): the concatenated embeddings' gradient. */
    private final float[][] inputDelta;

    BackwardPass(NcfParameters params, TrainingPlan plan, ForwardPass forward, Gradients gradients) {
        this.spec = params.spec();
        this.params = params;
        this.forward = forward;
        this.gradients = gradients;
        this.stride = forward.capacity();
        this.userTrainable = plan.of(LayerName.USER_EMBEDDING).trainable();
        this.itemTrainable = plan.of(LayerName.ITEM_EMBEDDING).trainable();
        int count = spec.denseCount();
        this.denseTrainable = new boolean[count];
        this.needsInputGradient = new boolean[count];
        boolean below = userTrainable || itemTrainable;
        int maxIn = 0;
        for (int k = 0; k < count; k++) {
            needsInputGradient[k] = below;
            denseTrainable[k] = plan.of(spec.denseName(k)).trainable();
            below |= denseTrainable[k];
            maxIn = Math.max(maxIn, spec.inputSize(k));
        }
        this.delta = new float[count][][];
        for (int k = 0; k < count; k++) {
            delta[k] = new float[spec.outputSize(k)][stride];
        }
        this.sampleMajor = new float[stride][maxIn];
        this.rowScratch = new float[maxIn];
        this.liveSamples = new int[stride];
        this.inputDelta = new float[spec.inputSize(0)][stride];
    }

    /** @return where the loss writes dLoss/dz of OUT, one value per sample */
    float[] outputDelta() {
        return delta[spec.depth()][0];
    }

    /**
     * Back-propagates {@link #outputDelta()} for the last forward pass, which ran on samples
     * {@code off .. off + n)} of the batch whose rows the gradients' {@link BatchRows} index.
     */
    void run(int off, int n) {
        for (int k = spec.depth(); k >= 0; k--) {
            int in = spec.inputSize(k);
            int out = spec.outputSize(k);
            if (denseTrainable[k]) {
                float[][] xs = sampleMajorInput(k, in, n);
                Kernels.weightGradient(delta[k], out, n, xs, in,
                        gradients.weights[k], gradients.biases[k], rowScratch, liveSamples);
            }
            if (!needsInputGradient[k]) {
                return;
            }
            float[][] dx = k > 0 ? delta[k - 1] : inputDelta;
            Kernels.inputGradient(params.weights(k), in, out, delta[k], n, dx);
            if (k > 0) {
                Kernels.reluMask(dx, forward.activation(k), in, n);
            }
        }
        scatterToEmbeddings(off, n);
    }

    /** The input of dense layer k, sample-major; FC1's comes straight from the gather. */
    private float[][] sampleMajorInput(int k, int in, int n) {
        if (k == 0) {
            return forward.inputRows();
        }
        Kernels.toSampleMajor(forward.activation(k), in, n, sampleMajor);
        return sampleMajor;
    }

    private void scatterToEmbeddings(int off, int n) {
        int e = spec.embeddingSize();
        if (userTrainable) {
            scatter(gradients.users, off, n, 0, e);
        }
        if (itemTrainable) {
            scatter(gradients.items, off, n, e, e);
        }
    }

    /**
     * Zeroes the batch's slots, then adds each sample's slice of the input gradient to its row's
     * slot; the slots were numbered once for the whole batch, so there is no lookup here. Every
     * slot is zeroed, not only this slice's, so that workers' gradients add slot by slot.
     */
    private void scatter(SparseRowGradient target, int off, int n, int firstFeature, int e) {
        target.zero();
        float[] g = target.values();
        int[] slots = target.slotOfSample();
        for (int b = 0; b < n; b++) {
            int base = slots[off + b] * e;
            for (int f = 0; f < e; f++) {
                g[base + f] += inputDelta[firstFeature + f][b];
            }
        }
    }
}
