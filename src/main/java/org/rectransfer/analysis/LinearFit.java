package org.rectransfer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ordinary least-squares line {@code y = intercept + slope * x} with its standard errors,
 * {@code R^2} and the confidence band for the mean response (the band of the paper's Fig. 3):
 * {@code yhat(x) +- t * s * sqrt(1/n + (x - xMean)^2 / sxx)}, where {@code s} is the residual
 * standard error and {@code t} the two-sided critical value of Student's t with {@code n - 2}
 * degrees of freedom. Built by {@link LeastSquares}.
 *
 * <p>The line needs 2 points with distinct x; the errors and the band need 3 (with 2 they are
 * NaN). {@code rSquared} is NaN when y is constant.
 *
 * @param n                 number of points
 * @param slope             the slope, NaN if undefined
 * @param intercept         the intercept, NaN if undefined
 * @param slopeStdError     standard error of the slope
 * @param interceptStdError standard error of the intercept
 * @param rSquared          coefficient of determination
 * @param residualStdError  {@code s = sqrt(SSE / (n - 2))}
 * @param xMean             mean of x
 * @param sxx               {@code sum (x - xMean)^2}
 * @param confidence        the band's confidence level, e.g. 0.95
 * @param tCritical         {@code t_{(1 + confidence) / 2, n - 2}}
 * @param undefinedReason   why the line is undefined, empty when it is defined
 */
public record LinearFit(int n, double slope, double intercept, double slopeStdError, double interceptStdError,
                        double rSquared, double residualStdError, double xMean, double sxx,
                        double confidence, double tCritical, String undefinedReason) {

    /** Checks that the reason is present (possibly empty). */
    public LinearFit {
        Objects.requireNonNull(undefinedReason, "undefinedReason");
    }

    /** @return true if the line is defined */
    public boolean isDefined() {
        return undefinedReason.isEmpty();
    }

    /** @return the fitted mean response at {@code x} */
    public double predict(double x) {
        return intercept + slope * x;
    }

    /** @return half the width of the confidence band at {@code x} (narrowest at {@code xMean}) */
    public double bandHalfWidth(double x) {
        double dx = x - xMean;
        return tCritical * residualStdError * Math.sqrt(1.0 / n + dx * dx / sxx);
    }

    /** @return the line and its band at {@code x} */
    public BandPoint band(double x) {
        double fit = predict(x);
        double half = bandHalfWidth(x);
        return new BandPoint(x, fit, fit - half, fit + half);
    }

    /**
     * Samples the band for plotting.
     *
     * @param from   first x
     * @param to     last x
     * @param points how many evenly spaced x, including both ends; at least 2
     * @return the band at each x, in order
     */
    public List<BandPoint> sampleBand(double from, double to, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("need at least 2 points: " + points);
        }
        List<BandPoint> band = new ArrayList<>(points);
        for (int k = 0; k < points; k++) {
            // The last x is exactly `to`, not from + (points-1) * step with its rounding.
            double x = k == points - 1 ? to : from + (to - from) * k / (points - 1);
            band.add(band(x));
        }
        return band;
    }
}
