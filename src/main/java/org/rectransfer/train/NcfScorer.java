package org.rectransfer.train;

import java.util.function.LongSupplier;
import org.rectransfer.model.NcfParameters;

/**
 * Scores (user, item) pairs with the forward pass of the engine, for evaluation. A scorer owns
 * its buffers and allocates nothing per call. It reads the embeddings live; the dense layers
 * too with the scalar kernels, while the vector path ({@link VectorScoring}) reads a transposed
 * copy of them that it makes again when the version it is given changes ({@link
 * NcfEngine#newScorer()} gives the engine's step count, so scores follow training). One scorer
 * per thread; scoring while another thread trains the same parameters reads a mix of old and
 * new weights.
 */
public final class NcfScorer {
    private final ForwardPass forward;
    private final int maxBatch;
    /** The candidates of one user, a candidate at a time; null with the scalar kernels. */
    private final VectorScoring vector;
    private final LongSupplier version;
    private long readVersion = Long.MIN_VALUE;

    /**
     * A scorer for parameters that do not change while it is used (a kept copy, a loaded model):
     * it reads the dense layers once.
     *
     * @param params   the parameters to score with (not copied)
     * @param maxBatch how many pairs one forward pass handles; larger calls are chunked
     */
    public NcfScorer(NcfParameters params, int maxBatch) {
        this(params, maxBatch, () -> 0L);
    }

    /**
     * @param version changes whenever the dense layers may have (the engine's step count): the
     *                vector path reads them again then
     */
    NcfScorer(NcfParameters params, int maxBatch, LongSupplier version) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be positive: " + maxBatch);
        }
        this.forward = new ForwardPass(params, maxBatch);
        this.maxBatch = maxBatch;
        this.vector = KernelSelection.VECTOR ? new VectorScoring(params) : null;
        this.version = version;
    }

    /**
     * Scores one user against all of {@code items}.
     *
     * @param user  the user
     * @param items the items
     * @param out   receives the probability of each item, {@code out.length >= items.length}
     */
    public void score(int user, int[] items, float[] out) {
        score(user, items, items.length, out);
    }

    /**
     * Scores one user against {@code items[0 .. count)}; the user's half of FC1 is computed once.
     *
     * @param user  the user
     * @param items the items
     * @param count how many items to score
     * @param out   receives the probabilities
     */
    public void score(int user, int[] items, int count, float[] out) {
        if (vector != null) {
            long now = version.getAsLong();
            if (now != readVersion) {
                vector.refresh();
                readVersion = now;
            }
            vector.score(user, items, 0, count, out);
            return;
        }
        for (int from = 0; from < count; from += maxBatch) {
            int n = Math.min(maxBatch, count - from);
            forward.runForUser(user, items, from, n);
            System.arraycopy(forward.probabilities(), 0, out, from, n);
        }
    }

    /**
     * Scores the pairs {@code (users[b], items[b])}, b < n.
     *
     * @param users the users
     * @param items the items
     * @param n     how many pairs
     * @param out   receives the probabilities
     */
    public void score(int[] users, int[] items, int n, float[] out) {
        for (int from = 0; from < n; from += maxBatch) {
            int m = Math.min(maxBatch, n - from);
            forward.run(users, items, from, m);
            System.arraycopy(forward.probabilities(), 0, out, from, m);
        }
    }
}
