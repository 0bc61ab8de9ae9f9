package org.rectransfer.ui;

/** The figures the results screen draws for a sweep and source. */
public enum ResultFigure {
    /** Tables 3-5: gain of each configuration on each target. */
    HEATMAP("Gains heatmap"),
    /** Fig. 3: gain against the KLD of the activity histograms, with the fitted line and its band. */
    KLD_SCATTER("Gain against KLD");

    private final String label;

    ResultFigure(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
