package org.rectransfer.eval;

/** A per-user ranking metric, computed from the 1-based rank of the held-out item. */
public interface RankingMetric {
    /** @return the metric's name, e.g. {@code HR@10} */
    String name();

    /** @return the metric's value for one user whose held-out item has rank {@code rank} (1 = top) */
    double of(int rank);
}
