package org.rectransfer.train;

/**
 * The distinct rows a batch uses in one embedding table and each sample's slot among them,
 * computed once per step before the batch is split over workers: every worker then scatters into
 * the same slot numbering, so merging the workers' {@link SparseRowGradient}s is a plain
 * elementwise sum, and no worker looks a row up per sample. Slots are numbered in order of first
 * appearance in the batch, so the numbering depends only on the batch.
 *
 * <p>Membership uses the sparse-set trick ({@code slotOf[row]} is trusted only if
 * {@code rowOfSlot} points back at the row): indexing a new batch costs nothing for the rows of
 * the previous one, and the table-sized index is never reset.
 */
final class BatchRows {
    private final int[] slotOf;
    private final int[] rowOfSlot;
    private final int[] slotOfSample;
    private int count;

    /**
     * @param rows     rows in the table
     * @param maxBatch the largest batch
     */
    BatchRows(int rows, int maxBatch) {
        this.slotOf = new int[rows];
        this.rowOfSlot = new int[maxBatch];
        this.slotOfSample = new int[maxBatch];
    }

    /** Indexes {@code ids[0 .. n)}, forgetting the previous batch. */
    void index(int[] ids, int n) {
        int c = 0;
        for (int b = 0; b < n; b++) {
            int row = ids[b];
            int s = slotOf[row];
            if (s >= c || rowOfSlot[s] != row) {
                s = c++;
                slotOf[row] = s;
                rowOfSlot[s] = row;
            }
            slotOfSample[b] = s;
        }
        count = c;
    }

    /** Forgets the batch: no rows. */
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

    /** @return the slot of each sample of the batch, sample {@code b} at {@code b} */
    int[] slotOfSample() {
        return slotOfSample;
    }
}
