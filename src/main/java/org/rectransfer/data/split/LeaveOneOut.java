package org.rectransfer.data.split;

import org.rectransfer.data.Dataset;

/**
 * Leave-one-out splitting (He et al., "Neural Collaborative Filtering", WWW 2017; the paper's
 * protocol): for every user one interaction is held out for testing and the rest is training
 * data. Users with fewer than two interactions keep their interaction for training and are
 * counted as skipped.
 */
public final class LeaveOneOut {
    private static final long PURPOSE = 0x5e1ec7L;

    private LeaveOneOut() { }

    /**
     * @param data   the (filtered) domain
     * @param holdOut random, as the paper, or latest by order key
     * @param seed   seeds the random choice; the same seed gives the same split
     */
    public static Split split(Dataset data, HoldOut holdOut, long seed) {
        int[] testItem = new int[data.users()];
        int[] heldIndex = new int[data.users()];
        int skipped = 0;
        for (int u = 0; u < data.users(); u++) {
            int degree = data.degree(u);
            if (degree < 2) {
                testItem[u] = -1;
                heldIndex[u] = -1;
                skipped++;
                continue;
            }
            int offset = holdOut == HoldOut.LATEST ? degree - 1 : Seeds.stream(seed, PURPOSE, u).nextInt(degree);
            heldIndex[u] = data.rowStart(u) + offset;
            testItem[u] = data.itemAt(heldIndex[u]);
        }
        return new Split(data, without(data, heldIndex), testItem, skipped);
    }

    /** @return {@code data} without the interaction at each user's held index */
    private static Dataset without(Dataset data, int[] heldIndex) {
        int users = data.users();
        int kept = data.interactions();
        for (int index : heldIndex) if (index >= 0) kept--;
        int[] rowStart = new int[users + 1];
        int[] items = new int[kept];
        long[] orders = new long[kept];
        String[] userKeys = new String[users];
        String[] itemKeys = new String[data.items()];
        for (int i = 0; i < itemKeys.length; i++) itemKeys[i] = data.itemKey(i);
        int size = 0;
        for (int u = 0; u < users; u++) {
            userKeys[u] = data.userKey(u);
            rowStart[u] = size;
            for (int k = data.rowStart(u); k < data.rowStart(u) + data.degree(u); k++) {
                if (k == heldIndex[u]) continue;
                items[size] = data.itemAt(k);
                orders[size] = data.orderAt(k);
                size++;
            }
        }
        rowStart[users] = size;
        return new Dataset(data.name(), userKeys, itemKeys, rowStart, items, orders);
    }
}
