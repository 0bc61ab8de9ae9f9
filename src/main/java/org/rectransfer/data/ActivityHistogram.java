package org.rectransfer.data;

import java.util.Arrays;

/**
 * The histogram of interactions per user: {@code count(d)} is the number of users with exactly
 * {@code d} interactions. The relatedness measure of the paper (Eq. 8) compares such histograms.
 */
public final class ActivityHistogram {
    private final int[] usersByDegree;

    private ActivityHistogram(int[] usersByDegree) {
        this.usersByDegree = usersByDegree;
    }

    /** @return the histogram of {@code data}'s per-user interaction counts */
    public static ActivityHistogram of(Dataset data) {
        int max = 0;
        for (int u = 0; u < data.users(); u++) max = Math.max(max, data.degree(u));
        int[] counts = new int[max + 1];
        for (int u = 0; u < data.users(); u++) counts[data.degree(u)]++;
        return new ActivityHistogram(counts);
    }

    /** @return the largest per-user count (0 for an empty domain) */
    public int maxDegree() { return usersByDegree.length - 1; }

    /** @return the number of users with exactly {@code degree} interactions */
    public int count(int degree) { return degree < usersByDegree.length ? usersByDegree[degree] : 0; }

    /** @return users per degree, index = degree (a copy) */
    public int[] counts() { return Arrays.copyOf(usersByDegree, usersByDegree.length); }

    /** @return the number of users with a count in [from, to) */
    public int countBetween(int from, int to) {
        int sum = 0;
        for (int d = Math.max(0, from); d < Math.min(to, usersByDegree.length); d++) sum += usersByDegree[d];
        return sum;
    }
}
