package org.rectransfer.analysis;

/**
 * How per-user interaction counts are grouped into bins before two domains are compared. Bins
 * are half-open integer ranges {@code [edge(b), edge(b+1))} laid over the union of the two
 * domains' observed counts (smallest to largest count seen in either), so both histograms use
 * identical bins.
 *
 * <p>Default ({@link #defaults()}): {@link Logarithmic} with 4 bins per doubling. Interactions
 * per user are heavy-tailed; one bin per count would leave the tail with bins of 0 or 1 user,
 * so the divergence would measure sampling noise and the smoothing rather than the shape. Bins
 * of constant relative width (about 19% each) keep a similar resolution over the whole range.
 * {@link #perDegree()} is the literal reading of the paper (one bin per count).
 */
public sealed interface Binning permits Binning.FixedWidth, Binning.Logarithmic {

    /** Bins per doubling of the count in the default binning. */
    int DEFAULT_BINS_PER_DOUBLING = 4;

    /** @return the default: logarithmic, {@value #DEFAULT_BINS_PER_DOUBLING} bins per doubling */
    static Binning defaults() {
        return new Logarithmic(DEFAULT_BINS_PER_DOUBLING);
    }

    /** @return one bin per interaction count (the paper's literal histogram) */
    static Binning perDegree() {
        return new FixedWidth(1);
    }

    /**
     * @param lowest  smallest count to cover, {@code >= 0}
     * @param highest largest count to cover, {@code >= lowest}
     * @return ascending edges: the first is {@code lowest}, the last is {@code highest + 1}
     */
    int[] edges(int lowest, int highest);

    /**
     * Bins of {@code width} counts each, starting at the lowest count; the last bin is cut at
     * the highest count.
     *
     * @param width counts per bin, positive
     */
    record FixedWidth(int width) implements Binning {
        /** Checks the width. */
        public FixedWidth {
            if (width < 1) {
                throw new IllegalArgumentException("bin width must be positive: " + width);
            }
        }

        @Override
        public int[] edges(int lowest, int highest) {
            EdgeList edges = new EdgeList(lowest, highest);
            while (!edges.complete()) {
                edges.add((long) edges.last() + width);
            }
            return edges.toArray();
        }
    }

    /**
     * Bins whose edges grow geometrically: edge k is {@code ceil(start * 2^(k / binsPerDoubling))},
     * with {@code start = max(lowest, 1)}. Edges that round to the same integer are merged, so
     * small counts get bins of width 1; a count of 0 (if present) gets its own bin.
     *
     * @param binsPerDoubling bins per doubling of the count, positive
     */
    record Logarithmic(int binsPerDoubling) implements Binning {
        /** Checks the resolution. */
        public Logarithmic {
            if (binsPerDoubling < 1) {
                throw new IllegalArgumentException("bins per doubling must be positive: " + binsPerDoubling);
            }
        }

        @Override
        public int[] edges(int lowest, int highest) {
            EdgeList edges = new EdgeList(lowest, highest);
            if (lowest == 0) {
                edges.add(1); // log(0) is undefined: count 0 is a bin of its own
            }
            double start = Math.max(lowest, 1);
            for (int k = 1; !edges.complete(); k++) {
                // The small tolerance stops 2^(4/4) * 20 = 40.000000001 from rounding up to 41.
                double edge = Math.ceil(start * Math.pow(2.0, (double) k / binsPerDoubling) - 1e-9);
                edges.add((long) edge);
            }
            return edges.toArray();
        }
    }
}
