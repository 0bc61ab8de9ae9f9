package org.rectransfer.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects interactions keyed by external ids into a {@link Dataset}. Duplicate (user, item)
 * pairs become one interaction that keeps the earliest order key. Memory grows with the number
 * of interactions (16 bytes each while building) and distinct ids, never with file size.
 */
public final class DatasetBuilder implements InteractionSink {
    private final String name;
    private final Map<String, Integer> userIds = new HashMap<>();
    private final Map<String, Integer> itemIds = new HashMap<>();
    private int[] users = new int[1024];
    private int[] items = new int[1024];
    private long[] orders = new long[1024];
    private int size;

    /** @param name the domain name given to the built dataset */
    public DatasetBuilder(String name) {
        this.name = name;
    }

    /** Adds one interaction; {@code rating} is ignored here (filter before calling). */
    @Override
    public void accept(String user, String item, double rating, long order) {
        add(user, item, order);
    }

    /** Adds one interaction of {@code user} with {@code item} at {@code order}. */
    public void add(String user, String item, long order) {
        if (size == users.length) grow();
        users[size] = intern(userIds, user);
        items[size] = intern(itemIds, item);
        orders[size] = order;
        size++;
    }

    /** @return the number of interactions added so far, duplicates included */
    public int added() { return size; }

    private static int intern(Map<String, Integer> ids, String key) {
        Integer id = ids.get(key);
        if (id == null) {
            id = ids.size();
            ids.put(key, id);
        }
        return id;
    }

    private void grow() {
        int capacity = users.length * 2;
        users = Arrays.copyOf(users, capacity);
        items = Arrays.copyOf(items, capacity);
        orders = Arrays.copyOf(orders, capacity);
    }

    /** @return the dataset: users and items numbered by first appearance, duplicates merged */
    public Dataset build() {
        int userCount = userIds.size();
        int[] rowStart = new int[userCount + 1];
        for (int k = 0; k < size; k++) rowStart[users[k] + 1]++;
        for (int u = 0; u < userCount; u++) rowStart[u + 1] += rowStart[u];
        int[] fill = Arrays.copyOf(rowStart, userCount);
        int[] rowItems = new int[size];
        long[] rowOrders = new long[size];
        for (int k = 0; k < size; k++) {
            int at = fill[users[k]]++;
            rowItems[at] = items[k];
            rowOrders[at] = orders[k];
        }
        return RowSorter.sortAndDeduplicate(name, keys(userIds), keys(itemIds), rowStart, rowItems, rowOrders);
    }

    private static String[] keys(Map<String, Integer> ids) {
        String[] keys = new String[ids.size()];
        ids.forEach((key, id) -> keys[id] = key);
        return keys;
    }
}
