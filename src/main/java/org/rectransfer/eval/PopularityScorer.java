package org.rectransfer.eval;

import org.rectransfer.data.Dataset;
import org.rectransfer.model.ItemScorer;

/**
 * The item-popularity baseline: every user gets the same ranking, by the number of training
 * interactions of each item. It puts a trained model's numbers in context (Rendle et al.,
 * "BPR", UAI 2009, use it as the reference "most popular" method).
 */
public final class PopularityScorer implements ItemScorer {
    private final int[] counts;

    /** @param train the training interactions (never the held-out items) */
    public PopularityScorer(Dataset train) {
        this.counts = train.itemDegrees();
    }

    @Override
    public void score(int user, int[] items, int count, float[] scores) {
        for (int k = 0; k < count; k++) scores[k] = counts[items[k]];
    }
}
