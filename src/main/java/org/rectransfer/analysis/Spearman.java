package org.rectransfer.analysis;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Spearman's rank correlation rho: Pearson's r of the ranks, tied values sharing the average
 * of their ranks. Its p-value uses the same t approximation as {@link Pearson} (as
 * scipy.stats.spearmanr does). A check on Pearson that is robust to outliers and monotone
 * non-linearity.
 */
public final class Spearman {
    private Spearman() {
    }

    /**
     * @param x first variable
     * @param y second variable, same length
     * @return rho and p, or an undefined correlation with the reason
     */
    public static Correlation of(double[] x, double[] y) {
        String problem = SampleChecks.pairsProblem(x, y, 3);
        if (problem != null) {
            return Correlation.undefined(x.length, problem);
        }
        return Pearson.of(averageRanks(x), averageRanks(y));
    }

    /**
     * @param values finite values
     * @return the 1-based rank of each value; ties get the mean of the ranks they span
     */
    public static double[] averageRanks(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            while (end < order.length && values[order[end]] == values[order[start]]) {
                end++;
            }
            // Positions start..end-1 hold equal values: ranks start+1..end, mean (start+1+end)/2.
            double rank = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++) {
                ranks[order[k]] = rank;
            }
            start = end;
        }
        return ranks;
    }
}
