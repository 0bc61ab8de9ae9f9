package org.rectransfer.data.split;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.rectransfer.data.Dataset;

/**
 * Draws items a user never interacted with, uniformly, without repeats within one draw.
 * Rejection sampling is used while the user has touched under half of the items; otherwise the
 * unseen items are listed and shuffled, so a very active user never makes the sampler spin.
 */
final class UnseenItemSampler {
    private UnseenItemSampler() { }

    /** @return up to {@code count} distinct items unseen by {@code u} (fewer if fewer exist) */
    static int[] distinctUnseen(Dataset data, int u, int count, SplittableRandom random) {
        int unseen = data.items() - data.degree(u);
        if (unseen <= 0 || count <= 0) return new int[0];
        if (data.degree(u) * 2 > data.items() || count * 2 > unseen) {
            return shuffledUnseen(data, u, Math.min(count, unseen), random);
        }
        int[] picked = new int[count];
        int n = 0;
        while (n < count) {
            int item = random.nextInt(data.items());
            if (!data.contains(u, item) && !containsFirst(picked, n, item)) picked[n++] = item;
        }
        return picked;
    }

    /** @return one item unseen by {@code u}, or -1 when the user has seen every item */
    static int oneUnseen(Dataset data, int u, SplittableRandom random) {
        if (data.degree(u) >= data.items()) return -1;
        if (data.degree(u) * 2 > data.items()) return shuffledUnseen(data, u, 1, random)[0];
        while (true) {
            int item = random.nextInt(data.items());
            if (!data.contains(u, item)) return item;
        }
    }

    private static boolean containsFirst(int[] values, int n, int value) {
        for (int k = 0; k < n; k++) if (values[k] == value) return true;
        return false;
    }

    private static int[] shuffledUnseen(Dataset data, int u, int count, SplittableRandom random) {
        int[] unseen = new int[data.items() - data.degree(u)];
        int n = 0;
        for (int i = 0; i < data.items(); i++) if (!data.contains(u, i)) unseen[n++] = i;
        for (int k = 0; k < count; k++) {
            int j = k + random.nextInt(n - k);
            int swap = unseen[k];
            unseen[k] = unseen[j];
            unseen[j] = swap;
        }
        return Arrays.copyOf(unseen, count);
    }
}
