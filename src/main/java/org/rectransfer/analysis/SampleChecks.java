package org.rectransfer.analysis;

/**
 * Checks of paired samples that turn bad data into a reason instead of an exception: the
 * statistics return NaN with that reason, so a report can show why a cell is empty.
 */
final class SampleChecks {
    private SampleChecks() {
    }

    /**
     * @return null if {@code x} and {@code y} hold at least {@code minimum} finite pairs, else why not
     * @throws IllegalArgumentException if the lengths differ (a caller's bug, not data)
     */
    static String pairsProblem(double[] x, double[] y, int minimum) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + x.length + " vs " + y.length);
        }
        if (x.length < minimum) {
            return "needs at least " + minimum + " pairs, got " + x.length;
        }
        String bad = nonFinite("x", x);
        return bad != null ? bad : nonFinite("y", y);
    }

    /** @return true if every value equals the first (zero variance, without rounding noise) */
    static boolean constant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }


    private static String nonFinite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                return name + "[" + i + "] is not finite: " + values[i];
            }
        }
        return null;
    }
}
