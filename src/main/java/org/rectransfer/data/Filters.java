package org.rectransfer.data;

import java.util.Arrays;

/**
 * Applies a {@link FilterSpec}. A single pass removes items below the item threshold first and
 * then users below the user threshold, so every kept user has at least {@code minUser}
 * interactions, as Table 2 of the paper requires; with {@code kcore} the two steps repeat until
 * both thresholds hold at once. Then, when the filter keeps only a share of the users, that share is
 * drawn from the users left.
 */
public final class Filters {
    private Filters() { }

    /** @return the filtered dataset, users and items renumbered densely in their old order */
    public static Dataset apply(Dataset data, FilterSpec spec) {
        Dataset current = data;
        while (true) {
            Dataset next = keepUsers(keepItems(current, spec.minItem()), spec.minUser());
            boolean stable = next.interactions() == current.interactions();
            current = next;
            if (!spec.kcore() || stable) return spec.samplesUsers() ? sampleUsers(current, spec.userFraction(), spec.sampleSeed()) : current;
        }
    }

    /**
     * Keeps {@code round(fraction x users)} users (at least one), drawn uniformly with {@code seed}
     * (a seeded Fisher-Yates shuffle of the user indices), with all their interactions; items no
     * kept user touched go. Users keep their old order, so the sample of one seed is the same
     * whatever else the run does.
     */
    static Dataset sampleUsers(Dataset data, double fraction, long seed) {
        int keep = (int) Math.max(1, Math.min(data.users(), Math.round(fraction * data.users())));
        int[] order = new int[data.users()];
        for (int u = 0; u < order.length; u++) order[u] = u;
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x5A3B1E_F00DL);
        for (int k = 0; k < keep; k++) {
            int pick = k + random.nextInt(order.length - k);
            int swap = order[k];
            order[k] = order[pick];
            order[pick] = swap;
        }
        boolean[] keepUser = new boolean[data.users()];
        for (int k = 0; k < keep; k++) keepUser[order[k]] = true;
        boolean[] keepItem = new boolean[data.items()];
        for (int u = 0; u < keepUser.length; u++) {
            if (!keepUser[u]) continue;
            for (int k = data.rowStart(u); k < data.rowStart(u) + data.degree(u); k++) keepItem[data.itemAt(k)] = true;
        }
        return subset(data, keepUser, keepItem);
    }

    private static Dataset keepItems(Dataset data, int minItem) {
        if (minItem <= 1) return data;
        int[] degrees = data.itemDegrees();
        boolean[] keepItem = new boolean[data.items()];
        for (int i = 0; i < keepItem.length; i++) keepItem[i] = degrees[i] >= minItem;
        boolean[] keepUser = new boolean[data.users()];
        Arrays.fill(keepUser, true);
        return subset(data, keepUser, keepItem);
    }

    private static Dataset keepUsers(Dataset data, int minUser) {
        boolean[] keepUser = new boolean[data.users()];
        for (int u = 0; u < keepUser.length; u++) keepUser[u] = data.degree(u) >= Math.max(1, minUser);
        boolean[] keepItem = new boolean[data.items()];
        for (int u = 0; u < keepUser.length; u++) {
            if (!keepUser[u]) continue;
            for (int k = data.rowStart(u); k < data.rowStart(u) + data.degree(u); k++) keepItem[data.itemAt(k)] = true;
        }
        return subset(data, keepUser, keepItem);
    }

    /** Keeps the interactions whose user and item are both kept; drops users left empty. */
    static Dataset subset(Dataset data, boolean[] keepUser, boolean[] keepItem) {
        int[] newItem = renumber(keepItem);
        int itemCount = count(keepItem);
        String[] itemKeys = new String[itemCount];
        for (int i = 0; i < keepItem.length; i++) if (keepItem[i]) itemKeys[newItem[i]] = data.itemKey(i);
        int[] rowStart = new int[data.users() + 1];
        int[] items = new int[data.interactions()];
        long[] orders = new long[data.interactions()];
        String[] userKeys = new String[data.users()];
        int users = 0;
        int size = 0;
        for (int u = 0; u < data.users(); u++) {
            if (!keepUser[u]) continue;
            int start = size;
            for (int k = data.rowStart(u); k < data.rowStart(u) + data.degree(u); k++) {
                int item = data.itemAt(k);
                if (!keepItem[item]) continue;
                items[size] = newItem[item];
                orders[size] = data.orderAt(k);
                size++;
            }
            if (size == start) continue;
            rowStart[users] = start;
            userKeys[users++] = data.userKey(u);
        }
        rowStart[users] = size;
        return new Dataset(data.name(), Arrays.copyOf(userKeys, users), itemKeys,
                Arrays.copyOf(rowStart, users + 1), Arrays.copyOf(items, size), Arrays.copyOf(orders, size));
    }

    private static int[] renumber(boolean[] keep) {
        int[] ids = new int[keep.length];
        int next = 0;
        for (int k = 0; k < keep.length; k++) ids[k] = keep[k] ? next++ : -1;
        return ids;
    }

    private static int count(boolean[] keep) {
        int n = 0;
        for (boolean b : keep) if (b) n++;
        return n;
    }
}
