package org.rectransfer.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable implicit-feedback domain held compactly: users and items are dense int ids
 * ({@code 0..users()-1}, {@code 0..items()-1}) and each user's interactions are stored as one
 * row of a CSR structure.
 *
 * <p>Within a row, interactions are ordered by their order key (a timestamp, a sequence number
 * or the file position), ties broken by item id; a second, item-sorted copy of every row makes
 * {@link #contains(int, int)} a binary search. A Book-sized domain (2.45 M interactions) takes
 * about 40 MB.
 */
public final class Dataset {
    private final String name;
    private final String[] userKeys;
    private final String[] itemKeys;
    private final int[] rowStart;
    private final int[] itemsByOrder;
    private final long[] orderKeys;
    private final int[] itemsSorted;

    /**
     * Creates a dataset from CSR arrays; see {@link DatasetBuilder} for building one from
     * a stream of interactions. Rows must already be ordered by (order key, item) and hold no
     * duplicate item.
     *
     * @param name         the domain name, e.g. {@code Office}
     * @param userKeys     external user id for each dense user id
     * @param itemKeys     external item id for each dense item id
     * @param rowStart     CSR offsets, length {@code users + 1}
     * @param itemsByOrder item ids, row by row, in order-key order
     * @param orderKeys    order key of each interaction, parallel to {@code itemsByOrder}
     */
    public Dataset(String name, String[] userKeys, String[] itemKeys, int[] rowStart,
                   int[] itemsByOrder, long[] orderKeys) {
        this.name = Objects.requireNonNull(name);
        this.userKeys = userKeys;
        this.itemKeys = itemKeys;
        this.rowStart = rowStart;
        this.itemsByOrder = itemsByOrder;
        this.orderKeys = orderKeys;
        if (rowStart.length != userKeys.length + 1 || itemsByOrder.length != orderKeys.length
                || rowStart[userKeys.length] != itemsByOrder.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays");
        }
        this.itemsSorted = itemsByOrder.clone();
        for (int u = 0; u < userKeys.length; u++) {
            Arrays.sort(itemsSorted, rowStart[u], rowStart[u + 1]);
        }
    }

    /** @return the domain name */
    public String name() { return name; }

    /** @return a copy of this dataset under another name (arrays are shared, not copied) */
    public Dataset withName(String newName) {
        return new Dataset(newName, userKeys, itemKeys, rowStart, itemsByOrder, orderKeys);
    }

    /** @return the number of users */
    public int users() { return userKeys.length; }

    /** @return the number of items */
    public int items() { return itemKeys.length; }

    /** @return the number of (user, item) interactions */
    public int interactions() { return itemsByOrder.length; }

    /** @return 1 - interactions / (users x items), 0 for an empty dataset */
    public double sparsity() {
        double cells = (double) users() * items();
        return cells == 0 ? 0 : 1.0 - interactions() / cells;
    }

    /** @return the external id of dense user {@code u} */
    public String userKey(int u) { return userKeys[u]; }

    /** @return the external id of dense item {@code i} */
    public String itemKey(int i) { return itemKeys[i]; }

    /** @return the number of interactions of user {@code u} */
    public int degree(int u) { return rowStart[u + 1] - rowStart[u]; }

    /** @return the index in the interaction arrays where user {@code u}'s row starts */
    public int rowStart(int u) { return rowStart[u]; }

    /** @return the item of interaction {@code index} (row order: by order key) */
    public int itemAt(int index) { return itemsByOrder[index]; }

    /** @return the order key of interaction {@code index} */
    public long orderAt(int index) { return orderKeys[index]; }

    /** @return the items of user {@code u} in order-key order (a copy) */
    public int[] itemsOf(int u) { return Arrays.copyOfRange(itemsByOrder, rowStart[u], rowStart[u + 1]); }

    /** @return whether user {@code u} interacted with item {@code i}; O(log degree) */
    public boolean contains(int u, int i) {
        return Arrays.binarySearch(itemsSorted, rowStart[u], rowStart[u + 1], i) >= 0;
    }

    /** @return the number of interactions of every item */
    public int[] itemDegrees() {
        int[] counts = new int[items()];
        for (int item : itemsByOrder) counts[item]++;
        return counts;
    }

    /** @return the number of interactions of every user */
    public int[] userDegrees() {
        int[] counts = new int[users()];
        for (int u = 0; u < counts.length; u++) counts[u] = degree(u);
        return counts;
    }
}
