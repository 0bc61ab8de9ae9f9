package org.rectransfer.eval;

/**
 * Hit ratio at K: 1 when the held-out item ranks in the top K, else 0; averaged over users it
 * is the paper's Eq. 7 (He et al., "Neural Collaborative Filtering", WWW 2017, Sec. 4.1), and
 * the metric every transfer gain is computed on.
 */
public record HitRatio() implements RankingMetric {
    /** Its key in JSON and the workspace. */
    public static final String NAME = "hr";

    @Override
    public String name() { return NAME; }

    @Override
    public String label(int k) { return "HR@" + k; }

    @Override
    public double value(int rank, int candidates, int k) { return rank <= k ? 1.0 : 0.0; }
}
