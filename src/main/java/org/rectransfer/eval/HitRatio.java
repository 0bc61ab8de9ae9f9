package org.rectransfer.eval;

/**
 * Hit ratio at K: 1 when the held-out item ranks in the top K, else 0; averaged over users it
 * is the paper's Eq. 7 (He et al., "Neural Collaborative Filtering", WWW 2017, Sec. 4.1).
 *
 * @param k the cut-off
 */
public record HitRatio(int k) implements RankingMetric {
    @Override
    public String name() { return "HR@" + k; }

    @Override
    public double of(int rank) { return rank <= k ? 1.0 : 0.0; }
}
