package org.rectransfer.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * The spread of one curve over repeated runs (seeds): at each epoch the lowest and the highest
 * value, and how many runs reached that epoch (with early stopping, runs end at different
 * epochs). Drawn shaded behind the curve with the same label.
 *
 * @param label  the label of the curve it belongs to
 * @param epochs the epoch of each point
 * @param lower  the lowest value at each epoch
 * @param upper  the highest value at each epoch
 * @param runs   how many runs have a value at each epoch
 */
public record CurveBand(String label, double[] epochs, double[] lower, double[] upper, int[] runs) {
    public CurveBand {
        Objects.requireNonNull(label, "label");
        if (lower.length != epochs.length || upper.length != epochs.length || runs.length != epochs.length) {
            throw new IllegalArgumentException(label + ": band arrays differ in length");
        }
        epochs = epochs.clone();
        lower = lower.clone();
        upper = upper.clone();
        runs = runs.clone();
    }

    /** @return the number of points */
    public int size() { return epochs.length; }

    /** @return the epoch of point {@code i} */
    public double epochAt(int i) { return epochs[i]; }

    /** @return the lowest value at point {@code i} */
    public double lowerAt(int i) { return lower[i]; }

    /** @return the highest value at point {@code i} */
    public double upperAt(int i) { return upper[i]; }

    /** @return how many runs have a value at point {@code i} */
    public int runsAt(int i) { return runs[i]; }

    /** @return the index of {@code epoch}, or -1 */
    public int indexOf(double epoch) {
        for (int i = 0; i < epochs.length; i++) if (epochs[i] == epoch) return i;
        return -1;
    }

    @Override
    public double[] epochs() { return epochs.clone(); }

    @Override
    public double[] lower() { return lower.clone(); }

    @Override
    public double[] upper() { return upper.clone(); }

    @Override
    public int[] runs() { return runs.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurveBand b && label.equals(b.label) && Arrays.equals(epochs, b.epochs)
                && Arrays.equals(lower, b.lower) && Arrays.equals(upper, b.upper) && Arrays.equals(runs, b.runs);
    }

    @Override
    public int hashCode() { return Objects.hash(label, Arrays.hashCode(epochs), Arrays.hashCode(lower), Arrays.hashCode(upper)); }

    @Override
    public String toString() { return "CurveBand[" + label + ", " + epochs.length + " points]"; }
}
