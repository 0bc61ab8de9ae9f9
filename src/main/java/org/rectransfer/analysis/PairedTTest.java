package org.rectransfer.analysis;

import org.apache.commons.math3.stat.inference.TTest;

/**
 * The paired t-test of a configuration against the baseline over seeds: the metric of seed
 * {@code i} under the baseline is paired with the metric of the same seed under the
 * configuration, and {@code t = mean(d) / (sd(d) / sqrt(n))} with {@code d = config - baseline}
 * is referred to Student's t with {@code n - 1} degrees of freedom (two-sided, commons-math3
 * {@code TTest.pairedTTest}). Never throws on data.
 */
public final class PairedTTest {
    /** The method name in results. */
    public static final String METHOD = "paired t";

    private PairedTTest() {
    }

    /**
     * @param baseline the baseline's metric per seed
     * @param config   the configuration's metric for the same seeds, same order
     * @return t (positive when the configuration is better) and its two-sided p-value; undefined
     *         for fewer than 2 pairs, non-finite values, or differences with zero variance
     */
    public static TestResult test(double[] baseline, double[] config) {
        int n = baseline.length;
        String problem = SampleChecks.pairsProblem(baseline, config, 2);
        if (problem != null) {
            return TestResult.undefined(METHOD, n, problem);
        }
        double[] differences = new double[n];
        for (int i = 0; i < n; i++) {
            differences[i] = config[i] - baseline[i];
        }
        if (SampleChecks.constant(differences)) {
            // t would be 0/0 or d/0: the test says nothing about identical or constant shifts.
            return TestResult.undefined(METHOD, n, "the paired differences have zero variance");
        }
        TTest test = new TTest();
        return new TestResult(METHOD, test.pairedT(config, baseline), test.pairedTTest(config, baseline), n, "");
    }
}
