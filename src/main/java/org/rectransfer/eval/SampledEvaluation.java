package org.rectransfer.eval;

import org.rectransfer.data.split.EvalCandidates;
import org.rectransfer.data.split.Split;
import org.rectransfer.model.ItemScorer;

/**
 * The paper's protocol (He et al., WWW 2017): each user's held-out item is ranked among the
 * user's sampled negatives (99 by default), ties counting against it.
 */
public final class SampledEvaluation {
    private SampledEvaluation() { }

    /** @return the metrics at cut-off {@code k} for every evaluated user of {@code split} */
    public static EvalResult evaluate(Split split, EvalCandidates candidates, ItemScorer scorer, int k) {
        int[] ranks = new int[split.full().users()];
        int[] items = new int[1];
        float[] scores = new float[1];
        for (int u = 0; u < ranks.length; u++) {
            if (!split.isEvaluated(u)) continue;
            int[] negatives = candidates.negativesOf(u);
            int count = negatives.length + 1;
            if (items.length < count) {
                items = new int[count];
                scores = new float[count];
            }
            items[0] = split.testItem()[u];
            System.arraycopy(negatives, 0, items, 1, negatives.length);
            scorer.score(u, items, count, scores);
            ranks[u] = Ranks.pessimistic(scores[0], scores, 1, negatives.length);
        }
        return EvalResult.of("sampled", k, ranks);
    }
}
