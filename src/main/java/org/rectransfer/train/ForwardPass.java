package org.rectransfer.train;

import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;

/**
 * The forward pass over a batch, with its preallocated activation buffers, feature-major
 * {@code [feature][sample]} (see {@link Kernels}). {@code activation(k)} is the input of dense layer {@code k}:
 * {@code activation(0)} is the concatenated embeddings, {@code activation(denseCount)} the
 * output probabilities. Not thread-safe: each thread needs its own instance.
 */
final class ForwardPass {
    private final NetworkSpec spec;
    private final NcfParameters params;
    private final int capacity;
    private final float[][][] act;
    /** The batch's embedding rows, sample-major {@code [sample][2E]}, as gathered. */
    private final float[][] inputRows;
    private final float[] userPart;

    ForwardPass(NcfParameters params, int maxBatch) {
        this.spec = params.spec();
        this.params = params;
        this.capacity = maxBatch;
        this.act = new float[spec.denseCount() + 1][][];
        for (int k = 0; k < spec.denseCount(); k++) {
            act[k] = new float[spec.inputSize(k)][maxBatch];
        }
        act[spec.denseCount()] = new float[1][maxBatch];
        this.inputRows = new float[maxBatch][spec.inputSize(0)];
        this.userPart = new float[spec.outputSize(0)];
    }

    /** @return how many samples one pass can hold */
    int capacity() {
        return capacity;
    }

    /**
     * @param k {@code 0..denseCount}
     * @return the feature-major input of dense layer k (k = denseCount: the probabilities)
     */
    float[][] activation(int k) {
        return act[k];
    }

    /**
     * @return the input of FC1 sample-major, {@code [sample][2E]}: what FC1's weight gradient
     *         needs, so the backward pass does not transpose {@code activation(0)} back
     */
    float[][] inputRows() {
        return inputRows;
    }

    /** @return the output probabilities of the last pass, one per sample */
    float[] probabilities() {
        return act[spec.denseCount()][0];
    }

    /** Runs the network on samples {@code (users[off + b], items[off + b])}, b < n. */
    void run(int[] users, int[] items, int off, int n) {
        int e = spec.embeddingSize();
        gatherRows(params.userEmbedding(), users, off, n, 0);
        gatherRows(params.itemEmbedding(), items, off, n, e);
        Kernels.toFeatureMajor(inputRows, 0, 2 * e, n, act[0]);
        Kernels.denseForward(params.weights(0), 0, 2 * e, 2 * e, spec.outputSize(0), params.biases(0),
                act[0], 0, act[1], n);
        finishLayer(0, n);
        runFrom(1, n);
    }

    /**
     * Runs the network for one user and {@code items[off .. off + n)}. The user's half of FC1 is
     * computed once and used as that layer's bias, which saves about a third of the work.
     */
    void runForUser(int user, int[] items, int off, int n) {
        int e = spec.embeddingSize();
        computeUserPart(user);
        gatherRows(params.itemEmbedding(), items, off, n, e);
        Kernels.toFeatureMajor(inputRows, e, e, n, act[0]);
        Kernels.denseForward(params.weights(0), e, 2 * e, e, spec.outputSize(0), userPart,
                act[0], e, act[1], n);
        finishLayer(0, n);
        runFrom(1, n);
    }

    private void runFrom(int first, int n) {
        for (int k = first; k < spec.denseCount(); k++) {
            Kernels.denseForward(params.weights(k), 0, spec.inputSize(k), spec.inputSize(k),
                    spec.outputSize(k), params.biases(k), act[k], 0, act[k + 1], n);
            finishLayer(k, n);
        }
    }

    private void finishLayer(int k, int n) {
        if (k == spec.depth()) {
            Kernels.sigmoid(act[k + 1][0], n);
        } else {
            Kernels.relu(act[k + 1], spec.outputSize(k), n);
        }
    }

    /**
     * Copies each sample's embedding row into {@code inputRows[b][firstFeature ..]}. Whole-row
     * copies keep many independent cache misses in flight on large tables, where writing the
     * values straight into the feature-major rows would serialise them.
     */
    private void gatherRows(float[] table, int[] ids, int off, int n, int firstFeature) {
        int e = spec.embeddingSize();
        for (int b = 0; b < n; b++) {
            System.arraycopy(table, ids[off + b] * e, inputRows[b], firstFeature, e);
        }
    }

    private void computeUserPart(int user) {
        int e = spec.embeddingSize();
        int in = 2 * e;
        float[] w = params.weights(0);
        float[] b = params.biases(0);
        float[] table = params.userEmbedding();
        int row = user * e;
        if (row < 0 || row >= table.length) {
            throw new IndexOutOfBoundsException("user " + user + " outside 0.." + (spec.users() - 1));
        }
        for (int o = 0; o < userPart.length; o++) {
            float sum = b[o];
            for (int f = 0; f < e; f++) {
                sum += w[o * in + f] * table[row + f];
            }
            userPart[o] = sum;
        }
    }
}
