package org.rectransfer.eval;

/**
 * Normalised discounted cumulative gain at K with one relevant item (Järvelin and Kekäläinen,
 * ACM TOIS 2002; as used by He et al., WWW 2017): {@code 1 / log2(rank + 1)} when the held-out
 * item ranks in the top K, else 0. The ideal DCG is 1, so no further normalisation is needed.
 *
 * @param k the cut-off
 */
public record Ndcg(int k) implements RankingMetric {
    @Override
    public String name() { return "NDCG@" + k; }

    @Override
    public double of(int rank) { return rank <= k ? 1.0 / (Math.log(rank + 1) / Math.log(2)) : 0.0; }
}
