package org.rectransfer.train;

import java.util.Arrays;

/**
 * The gradient of an embedding table for one batch, stored only for the rows the batch uses:
 * each distinct row of the shared {@link BatchRows} has a slot of {@code width} floats. Rows
 * repeated in the batch (a user with its positive and its negatives) share one slot, so Adam
 * sees their summed gradient. Each worker of a data-parallel step has its own values over the
 * same slots.
 */
final class SparseRowGradient {
    private final BatchRows rows;
    private final int width;
    private final float[] values;

    SparseRowGradient(BatchRows rows, int width, int maxSlots) {
        this.rows = rows;
        this.width = width;
        this.values = new float[Math.multiplyExact(maxSlots, width)];
    }

    /** Zeroes the slots of the batch {@link BatchRows} holds now. */
    void zero() {
        Arrays.fill(values, 0, rows.count() * width, 0f);
    }

    /** @return the number of distinct rows in the batch */
    int count() {
        return rows.count();
    }

    /** @return the row held in slot {@code s} */
    int row(int s) {
        return rows.row(s);
    }

    /** @return the slot of each sample of the batch ({@link BatchRows#slotOfSample()}) */
    int[] slotOfSample() {
        return rows.slotOfSample();
    }

    /** @return the slot values, slot {@code s} at {@code s * width} */
    float[] values() {
        return values;
    }

    /** Adds {@code other}'s slot values to this one's (same rows, so slot by slot). */
    void add(SparseRowGradient other) {
        float[] o = other.values;
        int len = rows.count() * width;
        for (int j = 0; j < len; j++) {
            values[j] += o[j];
        }
    }
}
