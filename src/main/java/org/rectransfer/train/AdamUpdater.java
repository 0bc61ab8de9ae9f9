package org.rectransfer.train;

import org.rectransfer.model.LayerName;
import org.rectransfer.model.LayerTraining;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;

/**
 * Applies one Adam step of a batch's {@link Gradients} to the parameters: ordinary Adam for
 * every trainable dense layer, lazy or dense Adam for the trainable embedding tables, each layer
 * at its own learning rate. Frozen layers have no moment buffers and are never touched.
 *
 * <p>A step can be split into {@link #parts()} parts run on different threads
 * ({@link #step(Gradients, long, int, int)}): Adam updates each element on its own, so the parts
 * (whole dense arrays, ranges of the batch's embedding rows) give bitwise the same parameters
 * as one serial step, whatever thread runs which part.
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
    /** Per part: zero-based staging rows (p, m, v, g) for the lazy update of one embedding row. */
    private final float[][][] rowScratch;
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
        this.rowScratch = new float[config.threads()][4][e];
    }

    /**
     * @return how many parts a step can be split into: the engine's threads with lazy Adam; one
     *         with dense Adam on the embeddings, whose whole-table update shares one scratch table
     */
    int parts() {
        return embeddingOptimizer == EmbeddingOptimizer.LAZY_ADAM ? rowScratch.length : 1;
    }

    /**
     * @param g the batch's gradients
     * @param t the 1-based step number (the global count, also for lazy embedding rows)
     */
    void step(Gradients g, long t) {
        step(g, t, 0, 1);
    }

    /**
     * One part of a step: the weights of dense layers {@code k % parts == part}, the biases of
     * layers {@code (k + 1) % parts == part} (so that FC1's large weights and small biases go to
     * different parts), and the part's contiguous share of each table's batch rows.
     *
     * @param g     the batch's gradients
     * @param t     the 1-based step number
     * @param part  {@code 0 .. parts - 1}
     * @param parts {@code 1 .. parts()}
     */
    void step(Gradients g, long t, int part, int parts) {
        for (int k = 0; k < dense.length; k++) {
            if (dense[k].trainable()) {
                float alpha = kernel.alphaT(dense[k].learningRate(), t);
                if (k % parts == part) {
                    applyDense(params.weights(k), denseWeights[k], g.weights[k], alpha);
                }
                if ((k + 1) % parts == part) {
                    applyDense(params.biases(k), denseBiases[k], g.biases[k], alpha);
                }
            }
        }
        if (user.trainable()) {
            applyEmbedding(params.userEmbedding(), userMoments, g.users, kernel.alphaT(user.learningRate(), t), part, parts);
        }
        if (item.trainable()) {
            applyEmbedding(params.itemEmbedding(), itemMoments, g.items, kernel.alphaT(item.learningRate(), t), part, parts);
        }
    }

    private void applyDense(float[] p, Moments s, float[] grad, float alpha) {
        kernel.apply(p, s.m(), s.v(), grad, p.length, alpha);
    }

    private void applyEmbedding(float[] table, Moments s, SparseRowGradient g, float alpha, int part, int parts) {
        if (embeddingOptimizer == EmbeddingOptimizer.LAZY_ADAM) {
            int count = g.count();
            applyLazy(table, s, g, alpha, count * part / parts, count * (part + 1) / parts, rowScratch[part]);
        } else if (part == 0) {
            applyDenseTable(table, s, g, alpha);
        }
    }

    /**
     * Only the batch's rows move; their moments are updated with their summed gradient. Each row
     * is staged in zero-based scratch arrays so that the kernel's loop vectorises.
     */
    private void applyLazy(float[] table, Moments s, SparseRowGradient g, float alpha, int fromSlot, int toSlot,
                           float[][] scratch) {
        int e = spec.embeddingSize();
        float[] state = s.m();
        float[] rowP = scratch[0];
        float[] rowM = scratch[1];
        float[] rowV = scratch[2];
        float[] rowG = scratch[3];
        for (int slot = fromSlot; slot < toSlot; slot++) {
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
