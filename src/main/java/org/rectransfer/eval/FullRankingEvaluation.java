package org.rectransfer.eval;

import org.rectransfer.data.Dataset;
import org.rectransfer.data.split.Split;
import org.rectransfer.model.ItemScorer;

/**
 * Full ranking: each user's held-out item is ranked among every item the user has no training
 * interaction with (Krichene and Rendle, "On Sampled Metrics for Item Recommendation", KDD 2020,
 * argue this is the unbiased protocol). Ties count against the held-out item.
 */
public final class FullRankingEvaluation {
    private FullRankingEvaluation() { }

    /** @return the metrics at cut-off {@code k} for every evaluated user of {@code split} */
    public static EvalResult evaluate(Split split, ItemScorer scorer, int k) {
        Dataset train = split.train();
        int itemCount = train.items();
        int[] allItems = new int[itemCount];
        for (int i = 0; i < itemCount; i++) allItems[i] = i;
        float[] scores = new float[itemCount];
        int[] ranks = new int[train.users()];
        int[] ranked = new int[ranks.length];
        int flat = 0;
        for (int u = 0; u < ranks.length; u++) {
            if (!split.isEvaluated(u)) continue;
            scorer.score(u, allItems, itemCount, scores);
            int test = split.testItem()[u];
            float target = scores[test];
            int rank = 1;
            for (int i = 0; i < itemCount; i++) {
                if (i != test && scores[i] >= target && !train.contains(u, i)) rank++;
            }
            // The candidates: every item without a training interaction (rows hold distinct items), the held-out one included.
            ranked[u] = itemCount - train.degree(u) + (train.contains(u, test) ? 1 : 0);
            ranks[u] = Float.isNaN(target) ? ranked[u] : rank;
            if (Ranks.allEqual(scores, itemCount)) flat++;
        }
        return EvalResult.of("full", k, ranks, ranked, flat);
    }
}
