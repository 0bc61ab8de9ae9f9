package org.rectransfer.analysis;

import java.util.Arrays;

/**
 * Collects strictly increasing bin edges from {@code lowest} until {@code highest} is covered;
 * edges that do not advance are dropped and the last edge is cut at {@code highest + 1}.
 */
final class EdgeList {
    private final long end;
    private int[] edges = new int[16];
    private int size;

    EdgeList(int lowest, int highest) {
        if (lowest < 0 || highest < lowest) {
            throw new IllegalArgumentException("need 0 <= lowest <= highest: " + lowest + ", " + highest);
        }
        this.end = (long) highest + 1;
        edges[size++] = lowest;
    }

    int last() {
        return edges[size - 1];
    }

    boolean complete() {
        return last() >= end;
    }

    void add(long edge) {
        long cut = Math.min(edge, end);
        if (cut <= last()) {
            return;
        }
        if (size == edges.length) {
            edges = Arrays.copyOf(edges, size * 2);
        }
        edges[size++] = (int) cut;
    }

    int[] toArray() {
        return Arrays.copyOf(edges, size);
    }
}
