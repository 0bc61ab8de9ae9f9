package org.rectransfer.eval;

/**
 * A per-user ranking metric of the leave-one-out protocols, computed from where the user's
 * held-out item ranks among the candidates scored for that user; a run reports its mean over
 * the evaluated users. A metric is added by implementing this interface and registering it in
 * {@link RankingMetrics}: the JSON output, the console tables and the workspace list the
 * registry, so nothing else names the metrics one by one.
 */
public interface RankingMetric {
    /**
     * @return the stable key of the metric in JSON output and in the workspace's
     *         {@code run_metrics} table, e.g. {@code hr}: lower case, and never changed once
     *         runs have been stored under it
     */
    String name();

    /**
     * @param k the cut-off of the evaluation
     * @return the label shown to people, e.g. {@code HR@10}; a metric without a cut-off ignores {@code k}
     */
    String label(int k);

    /**
     * @param rank       the held-out item's 1-based rank (1 = top), ties counted against it
     * @param candidates how many items were ranked for this user, the held-out item included
     *                   (so {@code 1 <= rank <= candidates})
     * @param k          the cut-off of the evaluation
     * @return the metric's value for this one user
     */
    double value(int rank, int candidates, int k);
}
