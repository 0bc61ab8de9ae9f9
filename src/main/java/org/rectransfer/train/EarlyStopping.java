package org.rectransfer.train;

/**
 * Stops training when a validation metric has not improved for {@code patience} evaluations
 * (Prechelt, "Early Stopping - But When?", 1998). Higher is better.
 */
public final class EarlyStopping {
    private final int patience;
    private final int minEpochs;
    private double best = Double.NEGATIVE_INFINITY;
    private int bestEpoch = -1;
    private int sinceBest;

    /** @param patience evaluations without improvement before stopping; must be positive */
    public EarlyStopping(int patience) {
        this(patience, 0);
    }

    /**
     * @param patience  evaluations without improvement before stopping; must be positive
     * @param minEpochs never stop before this epoch (a from-scratch model's initial plateau
     *                  must not end training)
     */
    public EarlyStopping(int patience, int minEpochs) {
        if (patience < 1) throw new IllegalArgumentException("patience must be >= 1");
        if (minEpochs < 0) throw new IllegalArgumentException("minEpochs must be >= 0");
        this.patience = patience;
        this.minEpochs = minEpochs;
    }

    /** Records the metric of {@code epoch}; @return whether training should stop now */
    public boolean update(int epoch, double metric) {
        if (metric > best) {
            best = metric;
            bestEpoch = epoch;
            sinceBest = 0;
            return false;
        }
        sinceBest++;
        return sinceBest >= patience && epoch >= minEpochs;
    }

    /** @return the epoch with the best metric so far, -1 before any */
    public int bestEpoch() { return bestEpoch; }

    /** @return the best metric so far */
    public double best() { return best; }
}
