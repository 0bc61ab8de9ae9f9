package org.rectransfer.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry of ranking metrics: every evaluation computes each of them, in this order. */
public final class RankingMetrics {
    /**
     * Every metric, in the order of every listing (JSON keys, table columns, workspace rows); the
     * paper's HR first. One line per metric: registering a metric here is all it takes to have it
     * computed, printed and stored.
     */
    private static final RankingMetric[] REGISTERED = {
        new HitRatio(),
        new Ndcg(),
        new ReciprocalRank(),
        new Recall(),
        new Auc(),
    };

    private static final List<RankingMetric> ALL = List.of(REGISTERED);
    private static final Map<String, RankingMetric> BY_NAME = byName(ALL);

    private RankingMetrics() { }

    /** @return every registered metric, in registry order */
    public static List<RankingMetric> all() { return ALL; }

    /** @return the metrics' names, in registry order */
    public static List<String> names() { return ALL.stream().map(RankingMetric::name).toList(); }

    /**
     * @return the metric registered under {@code name}
     * @throws IllegalArgumentException if no metric has that name
     */
    public static RankingMetric named(String name) {
        RankingMetric metric = BY_NAME.get(name);
        if (metric == null) {
            throw new IllegalArgumentException("unknown ranking metric '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return metric;
    }

    private static Map<String, RankingMetric> byName(List<RankingMetric> metrics) {
        Map<String, RankingMetric> index = new LinkedHashMap<>();
        for (RankingMetric metric : metrics) {
            // Names are keys in JSON and in the workspace: two metrics under one name would overwrite each other.
            if (index.put(metric.name(), metric) != null) throw new IllegalStateException("two ranking metrics named " + metric.name());
        }
        return index;
    }
}
