package org.rectransfer.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * One curve over epochs, e.g. one run's training loss. A NaN value means "not evaluated at this
 * epoch" (HR is often evaluated every few epochs) and that point is skipped, not drawn as zero.
 *
 * @param label  the legend label, usually the run or configuration
 * @param epochs the epoch of each point
 * @param values the value at each epoch, NaN where absent
 */
public record CurveSeries(String label, double[] epochs, double[] values) {
    public CurveSeries {
        Objects.requireNonNull(label, "label");
        if (epochs.length != values.length) {
            throw new IllegalArgumentException(label + ": " + epochs.length + " epochs but " + values.length + " values");
        }
        epochs = epochs.clone();
        values = values.clone();
    }

    /** @return a copy of the epochs */
    @Override
    public double[] epochs() { return epochs.clone(); }

    /** @return a copy of the values */
    @Override
    public double[] values() { return values.clone(); }

    /** @return the number of points, including NaN ones */
    public int size() { return epochs.length; }

    /** @return the epoch of point {@code i} */
    public double epochAt(int i) { return epochs[i]; }

    /** @return the value of point {@code i}, NaN when not evaluated */
    public double valueAt(int i) { return values[i]; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurveSeries c && label.equals(c.label)
                && Arrays.equals(epochs, c.epochs) && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() { return Objects.hash(label, Arrays.hashCode(epochs), Arrays.hashCode(values)); }

    @Override
    public String toString() { return "CurveSeries[" + label + ", " + epochs.length + " points]"; }
}
