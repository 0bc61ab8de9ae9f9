package org.rectransfer.analysis;

import java.util.Objects;

/**
 * The labelled (user, item) pairs over which {@link NeuronImportance} averages: typically each
 * user's held-out item with label {@code true} and sampled unseen items with label
 * {@code false}. The caller chooses them so the importance can be computed on any split.
 * The arrays are copied.
 *
 * @param users  user ids
 * @param items  item ids, same length
 * @param labels true for an interaction (correct label 1), false for a negative (label 0)
 */
public record ErasureSamples(int[] users, int[] items, boolean[] labels) {

    /** Checks the lengths and copies the arrays. */
    public ErasureSamples {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(labels, "labels");
        if (users.length != items.length || users.length != labels.length) {
            throw new IllegalArgumentException("users, items and labels differ in length: "
                    + users.length + ", " + items.length + ", " + labels.length);
        }
        users = users.clone();
        items = items.clone();
        labels = labels.clone();
    }

    /** @return the number of samples */
    public int size() {
        return users.length;
    }
}
