package org.rectransfer.train;

import org.rectransfer.model.NcfParameters;

/**
 * Scores (user, item) pairs with the forward pass of the engine, for evaluation. A scorer owns
 * its buffers and allocates nothing per call; it reads the parameters live, so scores follow
 * training. One scorer per thread; scoring while another thread trains the same parameters
 * reads a mix of old and new weights.
 */
public final class NcfScorer {
    private final ForwardPass forward;
    private final int maxBatch;

    /**
     * @param params   the parameters to score with (read live, not copied)
     * @param maxBatch how many pairs one forward pass handles; larger calls are chunked
     */
    public NcfScorer(NcfParameters params, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be positive: " + maxBatch);
        }
        this.forward = new ForwardPass(params, maxBatch);
        this.maxBatch = maxBatch;
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
