package org.rectransfer.train;

import java.util.Arrays;

/**
 * The gradient of an embedding table for one batch, stored only for the rows the batch uses:
 * each distinct row gets a slot of {@code width} floats. Rows repeated in the batch (a user
 * with its positive and its negatives) share one slot, so Adam sees their summed gradient.
 *
 * <p>Membership uses the sparse-set trick ({@code slotOf[row]} is trusted only if
 * {@code rowOfSlot} points back at the row), so clearing costs nothing and the per-row index
 * needs no reset between batches.
 */
final class SparseRowGradient {
    private final int width;
    private final int[] slotOf;
    private final int[] rowOfSlot;
    private final float[] values;
    private int count;

    SparseRowGradient(int rows, int width, int maxSlots) {
        this.width = width;
        this.slotOf = new int[rows];
        this.rowOfSlot = new int[maxSlots];
        this.values = new float[maxSlots * width];
    }

    /** Forgets every row. */
    void clear() {
        count = 0;
    }

    /** @return the number of distinct rows in the batch */
    int count() {
        return count;
    }

    /** @return the row held in slot {@code s} */
    int row(int s) {
        return rowOfSlot[s];
    }

    /** @return the slot values, slot {@code s} at {@code s * width} */
    float[] values() {
        return values;
    }

    /** @return the slot of {@code row}, or -1 if the batch does not use it */
    int find(int row) {
        int s = slotOf[row];
        return s < count && rowOfSlot[s] == row ? s : -1;
    }

    /** @return the slot of {@code row}, allocating a zeroed one on first use */
    int slot(int row) {
        int s = find(row);
        if (s >= 0) {
            return s;
        }
        s = count++;
        slotOf[row] = s;
        rowOfSlot[s] = row;
        Arrays.fill(values, s * width, (s + 1) * width, 0f);
        return s;
    }
}
