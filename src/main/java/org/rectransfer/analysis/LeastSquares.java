package org.rectransfer.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Fits {@link LinearFit}s by ordinary least squares: {@code slope = sxy / sxx},
 * {@code intercept = yMean - slope * xMean}, {@code s^2 = SSE / (n - 2)},
 * {@code se(slope) = s / sqrt(sxx)}, {@code se(intercept) = s sqrt(1/n + xMean^2 / sxx)},
 * {@code R^2 = 1 - SSE / syy}. Never throws on data.
 */
public final class LeastSquares {
    /** The confidence of the band unless another is asked for (the paper's 95%). */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private LeastSquares() {
    }

    /** @return the fit of {@code y} on {@code x} with a 95% band */
    public static LinearFit fit(double[] x, double[] y) {
        return fit(x, y, DEFAULT_CONFIDENCE);
    }

    /**
     * @param x          the predictor
     * @param y          the response, same length
     * @param confidence the band's confidence level, in (0, 1)
     * @return the fit, or an undefined fit with the reason
     */
    public static LinearFit fit(double[] x, double[] y, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        int n = x.length;
        String problem = SampleChecks.pairsProblem(x, y, 2);
        if (problem == null && SampleChecks.constant(x)) {
            problem = "x has zero variance";
        }
        if (problem != null) {
            return new LinearFit(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, confidence, Double.NaN, problem);
        }
        double xMean = Spread.mean(x);
        double yMean = Spread.mean(y);
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - xMean;
            double dy = y[i] - yMean;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        double slope = sxy / sxx;
        double intercept = yMean - slope * xMean;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double residual = y[i] - (intercept + slope * x[i]);
            sse += residual * residual;
        }
        double rSquared = SampleChecks.constant(y) ? Double.NaN : Math.max(0.0, 1 - sse / syy);
        int df = n - 2;
        double s = df > 0 ? Math.sqrt(sse / df) : Double.NaN;
        double t = df > 0 ? new TDistribution(null, df).inverseCumulativeProbability((1 + confidence) / 2)
                : Double.NaN;
        return new LinearFit(n, slope, intercept, s / Math.sqrt(sxx), s * Math.sqrt(1.0 / n + xMean * xMean / sxx),
                rSquared, s, xMean, sxx, confidence, t, "");
    }
}
