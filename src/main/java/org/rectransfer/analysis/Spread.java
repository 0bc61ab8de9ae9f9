package org.rectransfer.analysis;

/** The mean and the sample standard deviation of repeated measurements (e.g. one HR per seed). */
public final class Spread {
    private Spread() { }

    /** @return the arithmetic mean; NaN for no value */
    public static double mean(double[] values) {
        if (values.length == 0) return Double.NaN;
        double sum = 0;
        for (double v : values) sum += v;
        return sum / values.length;
    }

    /** @return the sample standard deviation (divided by n - 1); NaN for fewer than two values */
    public static double sampleSd(double[] values) {
        if (values.length < 2) return Double.NaN;
        double mean = mean(values);
        double squares = 0;
        for (double v : values) squares += (v - mean) * (v - mean);
        return Math.sqrt(squares / (values.length - 1));
    }
}
