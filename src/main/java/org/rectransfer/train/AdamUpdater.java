package org.rectransfer.train;

import org.rectransfer.model.LayerName;
import org.rectransfer.model.LayerTraining;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;

/**
 * Applies one Adam step of a batch's {@link Gradients} to the parameters: ordinary Adam for
 * every trainable dense layer, lazy or dense Adam for the trainable embedding tables, each layer
 * at its own learning rate. Frozen layers have no moment buffers and are never touched.
 */
final class AdamUpdater {
    private final NcfParameters params;
    private final NetworkSpec spec;
    private final AdamKernel kernel;
    private final EmbeddingOptimizer embeddingOptimizer;
    private final LayerTraining[] dense;
    private final LayerTraining user;
    private final LayerTraining item;
    private final Moments[] denseWeights;
    private final Moments[] denseBiases;
    private final Moments userMoments;
    private final Moments itemMoments;
    private final float[] rowP;
    private final float[] rowM;
    private final float[] rowV;
    private final float[] rowG;
    private float[] denseScratch;

    /**
     * Adam's first and second moments for one parameter array. For lazily updated tables both
     * live in {@code m}, row by row ({@code [m of row 0][v of row 0][m of row 1]...}, v is then
     * null), so that a row's state is one contiguous block: one cache-miss burst and one page,
     * not two, when rows are scattered over a large table.
     */
    private record Moments(float[] m, float[] v) {
        static Moments forSize(int size, boolean needed) {
            return needed ? new Moments(new float[size], new float[size]) : null;
        }

        static Moments interleaved(int size, boolean needed) {
            return needed ? new Moments(new float[Math.multiplyExact(2, size)], null) : null;
        }
    }

    private Moments embeddingMoments(int size, boolean needed) {
        return embeddingOptimizer == EmbeddingOptimizer.LAZY_ADAM
                ? Moments.interleaved(size, needed) : Moments.forSize(size, needed);
    }

    AdamUpdater(NcfParameters params, EngineConfig config) {
        this.params = params;
        this.spec = params.spec();
        this.kernel = new AdamKernel(config.plan().adam());
        this.embeddingOptimizer = config.embeddingOptimizer();
        int count = spec.denseCount();
        this.dense = new LayerTraining[count];
        this.denseWeights = new Moments[count];
        this.denseBiases = new Moments[count];
        for (int k = 0; k < count; k++) {
            dense[k] = config.plan().of(spec.denseName(k));
            denseWeights[k] = Moments.forSize(params.weights(k).length, dense[k].trainable());
            denseBiases[k] = Moments.forSize(params.biases(k).length, dense[k].trainable());
        }
        this.user = config.plan().of(LayerName.USER_EMBEDDING);
        this.item = config.plan().of(LayerName.ITEM_EMBEDDING);
        this.userMoments = embeddingMoments(params.userEmbedding().length, user.trainable());
        this.itemMoments = embeddingMoments(params.itemEmbedding().length, item.trainable());
        int e = spec.embeddingSize();
        this.rowP = new float[e];
        this.rowM = new float[e];
        this.rowV = new float[e];
        this.rowG = new float[e];
    }

    /**
     * @param g the batch's gradients
     * @param t the 1-based step number (the global count, also for lazy embedding rows)
     */
    void step(Gradients g, long t) {
        for (int k = 0; k < dense.length; k++) {
            if (dense[k].trainable()) {
                float alpha = kernel.alphaT(dense[k].learningRate(), t);
                applyDense(params.weights(k), denseWeights[k], g.weights[k], alpha);
                applyDense(params.biases(k), denseBiases[k], g.biases[k], alpha);
            }
        }
        if (user.trainable()) {
            applyEmbedding(params.userEmbedding(), userMoments, g.users, kernel.alphaT(user.learningRate(), t));
        }
        if (item.trainable()) {
            applyEmbedding(params.itemEmbedding(), itemMoments, g.items, kernel.alphaT(item.learningRate(), t));
        }
    }

    private void applyDense(float[] p, Moments s, float[] grad, float alpha) {
        kernel.apply(p, s.m(), s.v(), grad, p.length, alpha);
    }

    private void applyEmbedding(float[] table, Moments s, SparseRowGradient g, float alpha) {
        if (embeddingOptimizer == EmbeddingOptimizer.LAZY_ADAM) {
            applyLazy(table, s, g, alpha);
        } else {
            applyDenseTable(table, s, g, alpha);
        }
    }

    /**
     * Only the batch's rows move; their moments are updated with their summed gradient. Each row
     * is staged in zero-based scratch arrays so that the kernel's loop vectorises.
     */
    private void applyLazy(float[] table, Moments s, SparseRowGradient g, float alpha) {
        int e = spec.embeddingSize();
        float[] state = s.m();
        for (int slot = 0; slot < g.count(); slot++) {
            int row = g.row(slot);
            int at = row * e;
            int stateAt = 2 * at;
            System.arraycopy(table, at, rowP, 0, e);
            System.arraycopy(state, stateAt, rowM, 0, e);
            System.arraycopy(state, stateAt + e, rowV, 0, e);
            System.arraycopy(g.values(), slot * e, rowG, 0, e);
            kernel.apply(rowP, rowM, rowV, rowG, e, alpha);
            System.arraycopy(rowP, 0, table, at, e);
            System.arraycopy(rowM, 0, state, stateAt, e);
            System.arraycopy(rowV, 0, state, stateAt + e, e);
        }
    }

    /**
     * Every row moves, as in DL4J: the batch's rows are written into a table-sized gradient,
     * zero elsewhere, and Adam runs over the whole table; the rows are zeroed again afterwards.
     */
    private void applyDenseTable(float[] table, Moments s, SparseRowGradient g, float alpha) {
        int e = spec.embeddingSize();
        float[] full = denseGradient(table.length);
        for (int slot = 0; slot < g.count(); slot++) {
            System.arraycopy(g.values(), slot * e, full, g.row(slot) * e, e);
        }
        kernel.apply(table, s.m(), s.v(), full, table.length, alpha);
        for (int slot = 0; slot < g.count(); slot++) {
            java.util.Arrays.fill(full, g.row(slot) * e, (g.row(slot) + 1) * e, 0f);
        }
    }

    /** One all-zero scratch table, shared by both embeddings, allocated on first dense step. */
    private float[] denseGradient(int length) {
        if (denseScratch == null || denseScratch.length < length) {
            denseScratch = new float[Math.max(params.userEmbedding().length, params.itemEmbedding().length)];
        }
        return denseScratch;
    }
}
