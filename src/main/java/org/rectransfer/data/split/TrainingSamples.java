package org.rectransfer.data.split;

/**
 * One epoch of training examples in shuffled order: every positive of the training data and
 * its sampled negatives. Arrays are parallel.
 *
 * @param users  the user of each example
 * @param items  the item of each example
 * @param labels 1 for an observed interaction, 0 for a sampled negative
 */
public record TrainingSamples(int[] users, int[] items, float[] labels) {
    /** @return the number of examples */
    public int size() { return users.length; }
}
