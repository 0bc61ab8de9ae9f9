package org.rectransfer.train;

import org.rectransfer.model.NetworkSpec;

/**
 * One batch's gradients: dense per layer (same layouts as
 * {@link org.rectransfer.model.NcfParameters}), row-sparse for the embeddings. A frozen
 * layer's arrays stay zero. Kept apart from the passes so that a data-parallel variant can
 * give each worker its own and sum them.
 */
final class Gradients {
    final float[][] weights;
    final float[][] biases;
    final SparseRowGradient users;
    final SparseRowGradient items;

    Gradients(NetworkSpec spec, int maxBatch) {
        weights = new float[spec.denseCount()][];
        biases = new float[spec.denseCount()][];
        for (int k = 0; k < spec.denseCount(); k++) {
            weights[k] = new float[spec.inputSize(k) * spec.outputSize(k)];
            biases[k] = new float[spec.outputSize(k)];
        }
        users = new SparseRowGradient(spec.users(), spec.embeddingSize(), maxBatch);
        items = new SparseRowGradient(spec.items(), spec.embeddingSize(), maxBatch);
    }
}
