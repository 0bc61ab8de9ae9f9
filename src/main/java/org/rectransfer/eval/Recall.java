package org.rectransfer.eval;

/**
 * Recall at K: the relevant items of a user found in the top K, over the user's relevant items.
 * With leave-one-out there is one relevant item, the held-out one, so per user it is 1 when that
 * item ranks in the top K, else 0: the same as {@link HitRatio}. It differs from HR only for
 * protocols holding out several items per user, which is why it has a name of its own.
 */
public record Recall() implements RankingMetric {
    @Override
    public String name() { return "recall"; }

    @Override
    public String label(int k) { return "Recall@" + k; }

    @Override
    public double value(int rank, int candidates, int k) { return rank <= k ? 1.0 : 0.0; }
}
