package org.rectransfer.train;

import org.rectransfer.model.NetworkSpec;

/**
 * One batch's gradients: dense per layer (same layouts as
 * {@link org.rectransfer.model.NcfParameters}), row-sparse for the embeddings. A frozen
 * layer's arrays stay zero. Each worker of a data-parallel step has its own, over the batch's
 * shared {@link BatchRows}, and the step sums them in worker order with {@link #add}.
 */
final class Gradients {
    final float[][] weights;
    final float[][] biases;
    final SparseRowGradient users;
    final SparseRowGradient items;

    Gradients(NetworkSpec spec, BatchRows userRows, BatchRows itemRows, int maxBatch) {
        weights = new float[spec.denseCount()][];
        biases = new float[spec.denseCount()][];
        for (int k = 0; k < spec.denseCount(); k++) {
            weights[k] = new float[spec.inputSize(k) * spec.outputSize(k)];
            biases[k] = new float[spec.outputSize(k)];
        }
        users = new SparseRowGradient(userRows, spec.embeddingSize(), maxBatch);
        items = new SparseRowGradient(itemRows, spec.embeddingSize(), maxBatch);
    }

    /**
     * Adds {@code other} to these gradients, element by element. Frozen layers are zero in both
     * and stay zero; summing them anyway costs little next to a step and keeps this free of the plan.
     */
    void add(Gradients other) {
        for (int k = 0; k < weights.length; k++) {
            addInto(weights[k], other.weights[k]);
            addInto(biases[k], other.biases[k]);
        }
        users.add(other.users);
        items.add(other.items);
    }

    private static void addInto(float[] sum, float[] term) {
        for (int j = 0; j < sum.length; j++) {
            sum[j] += term[j];
        }
    }
}
