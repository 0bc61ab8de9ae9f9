package org.rectransfer.data.split;

import org.rectransfer.data.Dataset;

/**
 * A leave-one-out split of one domain.
 *
 * @param full         every interaction (used to keep sampled negatives truly unseen)
 * @param train        the interactions left for training (same user and item numbering)
 * @param testItem     the held-out item of each user, or -1 for a user that is not evaluated
 * @param skippedUsers users with fewer than 2 interactions: nothing held out, not evaluated
 */
public record Split(Dataset full, Dataset train, int[] testItem, int skippedUsers) {

    /** @return whether user {@code u} has a held-out item */
    public boolean isEvaluated(int u) { return testItem[u] >= 0; }

    /** @return the number of users with a held-out item */
    public int evaluatedUsers() { return full.users() - skippedUsers; }
}
