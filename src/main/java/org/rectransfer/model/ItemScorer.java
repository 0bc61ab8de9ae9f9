package org.rectransfer.model;

/**
 * Anything that scores items for a user: a trained network, or a baseline such as item
 * popularity. Higher scores mean more likely to interact.
 */
@FunctionalInterface
public interface ItemScorer {
    /**
     * Writes the score of {@code items[0..count)} for {@code user} into {@code scores[0..count)}.
     * Implementations must not keep references to the arrays.
     */
    void score(int user, int[] items, int count, float[] scores);
}
