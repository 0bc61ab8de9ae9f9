package org.rectransfer.analysis;

import org.rectransfer.data.ActivityHistogram;

/**
 * Two activity histograms regrouped into the same bins: {@code source[b]} and {@code target[b]}
 * count the users whose number of interactions lies in {@code [edges[b], edges[b+1])}. The bins
 * span the smallest to the largest count observed in either domain.
 *
 * @param edges  ascending bin edges, one more than bins
 * @param source users per bin in the source domain
 * @param target users per bin in the target domain
 */
public record SharedBins(int[] edges, double[] source, double[] target) {

    /** Checks the shapes. */
    public SharedBins {
        if (edges.length < 2 || source.length != edges.length - 1 || target.length != edges.length - 1) {
            throw new IllegalArgumentException("need edges.length = bins + 1 >= 2");
        }
    }

    /**
     * @param source  the source domain's histogram
     * @param target  the target domain's histogram
     * @param binning how to bin
     * @return both histograms over shared bins
     */
    public static SharedBins of(ActivityHistogram source, ActivityHistogram target, Binning binning) {
        return of(source.counts(), target.counts(), binning);
    }

    /**
     * @param sourceUsersByDegree users per interaction count in the source (index = count)
     * @param targetUsersByDegree the same for the target
     * @param binning             how to bin
     * @return both histograms over shared bins; two empty domains give one bin {@code [0, 1)}
     */
    public static SharedBins of(int[] sourceUsersByDegree, int[] targetUsersByDegree, Binning binning) {
        int lowest = Math.min(lowestUsed(sourceUsersByDegree), lowestUsed(targetUsersByDegree));
        int highest = Math.max(highestUsed(sourceUsersByDegree), highestUsed(targetUsersByDegree));
        if (highest < 0) {
            lowest = 0;
            highest = 0;
        }
        int[] edges = binning.edges(lowest, highest);
        return new SharedBins(edges, tally(sourceUsersByDegree, edges), tally(targetUsersByDegree, edges));
    }

    /** @return the number of bins */
    public int bins() {
        return edges.length - 1;
    }

    private static int lowestUsed(int[] usersByDegree) {
        for (int d = 0; d < usersByDegree.length; d++) {
            if (usersByDegree[d] > 0) {
                return d;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int highestUsed(int[] usersByDegree) {
        for (int d = usersByDegree.length - 1; d >= 0; d--) {
            if (usersByDegree[d] > 0) {
                return d;
            }
        }
        return -1;
    }

    private static double[] tally(int[] usersByDegree, int[] edges) {
        double[] counts = new double[edges.length - 1];
        for (int b = 0; b < counts.length; b++) {
            for (int d = edges[b]; d < Math.min(edges[b + 1], usersByDegree.length); d++) {
                if (usersByDegree[d] < 0) {
                    throw new IllegalArgumentException("negative count at degree " + d);
                }
                counts[b] += usersByDegree[d];
            }
        }
        return counts;
    }
}
