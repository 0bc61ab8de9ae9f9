package org.rectransfer.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * A least-squares line with its 95% confidence band and Pearson correlation, as computed by the
 * analysis (the chart only draws it). The band is given at points {@code bandX}, sorted ascending.
 *
 * @param intercept the fitted intercept
 * @param slope     the fitted slope
 * @param r         Pearson's r
 * @param p         the two-sided p-value of r
 * @param bandX     x positions of the band
 * @param bandLower lower edge of the 95% confidence band of the mean at each x
 * @param bandUpper upper edge of the band at each x
 */
public record RegressionFit(double intercept, double slope, double r, double p,
                            double[] bandX, double[] bandLower, double[] bandUpper) {
    public RegressionFit {
        if (bandX.length != bandLower.length || bandX.length != bandUpper.length) {
            throw new IllegalArgumentException("band arrays differ in length: " + bandX.length + ", "
                    + bandLower.length + ", " + bandUpper.length);
        }
        bandX = bandX.clone();
        bandLower = bandLower.clone();
        bandUpper = bandUpper.clone();
    }

    /** @return the fitted value at {@code x} */
    public double fitted(double x) { return intercept + slope * x; }

    /** @return the number of band points */
    public int bandSize() { return bandX.length; }

    @Override
    public double[] bandX() { return bandX.clone(); }

    @Override
    public double[] bandLower() { return bandLower.clone(); }

    @Override
    public double[] bandUpper() { return bandUpper.clone(); }

    /** @return "r = 0.42, p = 0.031" with p below 0.001 shown as "p < 0.001" */
    public String summary() {
        String pText = p < 0.001 ? "p < 0.001" : String.format(java.util.Locale.ROOT, "p = %.3f", p);
        return String.format(java.util.Locale.ROOT, "r = %.2f, %s", r, pText);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegressionFit f && Double.compare(intercept, f.intercept) == 0
                && Double.compare(slope, f.slope) == 0 && Double.compare(r, f.r) == 0 && Double.compare(p, f.p) == 0
                && Arrays.equals(bandX, f.bandX) && Arrays.equals(bandLower, f.bandLower)
                && Arrays.equals(bandUpper, f.bandUpper);
    }

    @Override
    public int hashCode() { return Objects.hash(intercept, slope, r, p, Arrays.hashCode(bandX)); }

    @Override
    public String toString() { return "RegressionFit[" + summary() + ", y = " + intercept + " + " + slope + " x]"; }
}
