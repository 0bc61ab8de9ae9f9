package org.rectransfer.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Pearson's correlation coefficient r with its two-sided p-value from Student's t distribution
 * with {@code n - 2} degrees of freedom, {@code t = r sqrt((n - 2) / (1 - r^2))} (the test
 * scipy.stats.pearsonr and the paper's Fig. 3 and Table 6 report). Never throws on data: fewer
 * than 3 pairs, a constant variable or a non-finite value give NaN with a reason.
 */
public final class Pearson {
    private Pearson() {
    }

    /**
     * @param x first variable
     * @param y second variable, same length
     * @return r and p, or an undefined correlation with the reason
     */
    public static Correlation of(double[] x, double[] y) {
        String problem = SampleChecks.pairsProblem(x, y, 3);
        if (problem != null) {
            return Correlation.undefined(x.length, problem);
        }
        if (SampleChecks.constant(x)) {
            return Correlation.undefined(x.length, "x has zero variance");
        }
        if (SampleChecks.constant(y)) {
            return Correlation.undefined(x.length, "y has zero variance");
        }
        double r = coefficient(x, y);
        return new Correlation(r, pValue(r, x.length), x.length, "");
    }

    /**
     * @param r a correlation coefficient
     * @param n the number of pairs it came from
     * @return the two-sided p-value of {@code r} under "no correlation", NaN for {@code n < 3}
     */
    public static double pValue(double r, int n) {
        if (n < 3 || Double.isNaN(r)) {
            return Double.NaN;
        }
        if (Math.abs(r) >= 1) {
            return 0.0;
        }
        double df = n - 2;
        double t = r * Math.sqrt(df / (1 - r * r));
        // The lower tail at -|t| keeps small p-values accurate (1 - cdf would cancel).
        return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }

    /** Two-pass r: centring first avoids the cancellation of the one-pass sums. */
    static double coefficient(double[] x, double[] y) {
        double mx = Spread.mean(x);
        double my = Spread.mean(y);
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        double r = sxy / Math.sqrt(sxx * syy);
        return Math.max(-1.0, Math.min(1.0, r));
    }
}
