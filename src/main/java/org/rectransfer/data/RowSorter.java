package org.rectransfer.data;

import java.util.Arrays;

/** Puts CSR rows in (order key, item) order and merges duplicate items, keeping the earliest key. */
final class RowSorter {
    private RowSorter() { }

    static Dataset sortAndDeduplicate(String name, String[] userKeys, String[] itemKeys,
                                      int[] rowStart, int[] rowItems, long[] rowOrders) {
        int users = userKeys.length;
        int[] outStart = new int[users + 1];
        int[] outItems = new int[rowItems.length];
        long[] outOrders = new long[rowItems.length];
        int out = 0;
        for (int u = 0; u < users; u++) {
            outStart[u] = out;
            int from = rowStart[u];
            int to = rowStart[u + 1];
            Integer[] byItem = indices(from, to);
            // By item, then order: the first of each run of equal items is the earliest.
            Arrays.sort(byItem, (a, b) -> rowItems[a] != rowItems[b]
                    ? Integer.compare(rowItems[a], rowItems[b]) : Long.compare(rowOrders[a], rowOrders[b]));
            int kept = 0;
            for (int k = 0; k < byItem.length; k++) {
                if (k == 0 || rowItems[byItem[k]] != rowItems[byItem[k - 1]]) byItem[kept++] = byItem[k];
            }
            Integer[] unique = Arrays.copyOf(byItem, kept);
            Arrays.sort(unique, (a, b) -> rowOrders[a] != rowOrders[b]
                    ? Long.compare(rowOrders[a], rowOrders[b]) : Integer.compare(rowItems[a], rowItems[b]));
            for (Integer index : unique) {
                outItems[out] = rowItems[index];
                outOrders[out] = rowOrders[index];
                out++;
            }
        }
        outStart[users] = out;
        return new Dataset(name, userKeys, itemKeys, outStart,
                Arrays.copyOf(outItems, out), Arrays.copyOf(outOrders, out));
    }

    private static Integer[] indices(int from, int to) {
        Integer[] result = new Integer[to - from];
        for (int k = 0; k < result.length; k++) result[k] = from + k;
        return result;
    }
}
