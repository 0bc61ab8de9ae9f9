package org.rectransfer.eval;

/**
 * Normalised discounted cumulative gain at K with one relevant item (Järvelin and Kekäläinen,
 * ACM TOIS 2002; as used by He et al., WWW 2017): {@code 1 / log2(rank + 1)} when the held-out
 * item ranks in the top K, else 0. The ideal DCG is 1, so no further normalisation is needed.
 */
public record Ndcg() implements RankingMetric {
    /** Its key in JSON and the workspace. */
    public static final String NAME = "ndcg";

    @Override
    public String name() { return NAME; }

    @Override
    public String label(int k) { return "NDCG@" + k; }

    @Override
    public double value(int rank, int candidates, int k) {
        return rank <= k ? 1.0 / (Math.log(rank + 1) / Math.log(2)) : 0.0;
    }
}
