package org.rectransfer.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of evaluating one model on one split.
 *
 * @param protocol  {@code sampled} (held-out item among sampled negatives) or {@code full}
 * @param k         the cut-off of HR, NDCG and the other metrics that have one
 * @param users     the number of evaluated users
 * @param metrics   the mean of every registered metric over the evaluated users, by
 *                  {@link RankingMetric#name()}, in {@link RankingMetrics} order; unmodifiable
 * @param ranks     the held-out item's rank per user (index = user id), 0 for users not evaluated
 * @param flatUsers evaluated users for whom the model gave every candidate the same score (a user
 *                  whose only candidate is the held-out item counts, trivially)
 */
public record EvalResult(String protocol, int k, int users, Map<String, Double> metrics, int[] ranks,
                         int flatUsers) implements java.io.Serializable {

    public EvalResult {
        // A LinkedHashMap keeps the registry's order and, wrapped, still serializes (results travel to Spark executors).
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** @return mean HR@k, the paper's metric and the one transfer gains are computed on */
    public double hr() { return metric(HitRatio.NAME); }

    /**
     * @param name a registered metric's name, e.g. {@code ndcg}
     * @return its mean over the evaluated users; NaN if this result was computed without it
     * @throws IllegalArgumentException if no metric is registered under {@code name}
     */
    public double metric(String name) {
        Double value = metrics.get(name);
        if (value != null) return value;
        RankingMetrics.named(name);
        return Double.NaN;
    }

    /**
     * @return whether the model is collapsed: it scores every candidate of every evaluated user
     *         alike (a constant function, typically a frozen tower whose ReLUs are all dead), so
     *         its HR of 0 says nothing about transfer, only that nothing was learned
     */
    public boolean collapsed() { return users > 0 && flatUsers == users; }

    /** @return whether user {@code u}'s held-out item ranked in the top k (a per-user hit) */
    public boolean hit(int u) { return ranks[u] > 0 && ranks[u] <= k; }

    /**
     * Averages every registered metric over the users that have a rank.
     *
     * @param ranks      the held-out item's rank per user, 0 for users not evaluated
     * @param candidates per user, how many items were ranked (the held-out item included)
     * @param flatUsers  evaluated users whose candidates all got the same score
     */
    static EvalResult of(String protocol, int k, int[] ranks, int[] candidates, int flatUsers) {
        List<RankingMetric> registered = RankingMetrics.all();
        double[] sums = new double[registered.size()];
        int users = 0;
        for (int u = 0; u < ranks.length; u++) {
            if (ranks[u] <= 0) continue;
            users++;
            for (int m = 0; m < sums.length; m++) sums[m] += registered.get(m).value(ranks[u], candidates[u], k);
        }
        Map<String, Double> means = new LinkedHashMap<>();
        for (int m = 0; m < sums.length; m++) means.put(registered.get(m).name(), users == 0 ? 0.0 : sums[m] / users);
        return new EvalResult(protocol, k, users, means, ranks, flatUsers);
    }
}
