package org.rectransfer.data.synth;

/**
 * exp and log from IEEE arithmetic alone. Java's + - * / and sqrt are exactly rounded and
 * therefore identical everywhere, whereas {@code Math.exp} may differ by an ulp between CPUs and
 * {@code StrictMath} is reproducible but slow on Java 17 (a native call per value; the
 * generator needs tens of millions). Accuracy is a few ulps, far beyond what sampling needs.
 */
final class DetMath {
    private static final double LN2 = 0.6931471805599453;
    // Cody-Waite split of ln 2: k * LN2_HI is exact for the |k| < 1100 used here.
    private static final double LN2_HI = 0.693147180369123816490;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double SQRT2 = 1.4142135623730951;
    /** 1/n and 1/(2j+1): multiplying by them avoids a division (about 20 cycles) per term. */
    private static final double[] INVERSE = inverses(24);

    private DetMath() { }

    /** @return e^x: x = k ln2 + r with |r| <= ln2 / 2, a degree-13 Taylor polynomial for e^r, times 2^k */
    static double exp(double x) {
        if (x > 709.7) return Double.POSITIVE_INFINITY;
        if (x < -745.2) return 0.0;
        double k = Math.rint(x / LN2);
        double r = (x - k * LN2_HI) - k * LN2_LO;
        double sum = 1.0;
        for (int n = 13; n >= 1; n--) sum = 1.0 + sum * r * INVERSE[n];
        return Math.scalb(sum, (int) k);
    }

    /** @return ln x for x > 0: x = m 2^e with m in [sqrt(1/2), sqrt(2)), ln m = 2 atanh((m-1)/(m+1)) */
    static double log(double x) {
        if (!(x > 0)) return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        if (x == Double.POSITIVE_INFINITY) return x;
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            // Subnormal: bring it into the normal range first.
            return log(x * 0x1.0p54) - 54 * LN2;
        }
        double m = Math.scalb(x, -e);
        if (m >= SQRT2) {
            m *= 0.5;
            e++;
        }
        double s = (m - 1.0) / (m + 1.0);
        double s2 = s * s;
        double sum = 0;
        for (int n = 23; n >= 1; n -= 2) sum = INVERSE[n] + s2 * sum;
        return e * LN2_HI + (2.0 * s * sum + e * LN2_LO);
    }

    /** @return x^y for x > 0, as e^{y ln x} */
    static double pow(double x, double y) {
        return exp(y * log(x));
    }

    private static double[] inverses(int n) {
        double[] values = new double[n];
        for (int k = 1; k < n; k++) values[k] = 1.0 / k;
        return values;
    }
}
