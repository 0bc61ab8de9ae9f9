package org.rectransfer.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Two domains' histograms of interactions per user over shared bins, with their relatedness
 * KLD(source || target) as used by the paper (Eq. 8).
 *
 * @param source      the source domain
 * @param target      the target domain
 * @param binEdges    the n + 1 ascending bin edges; bin i holds users with edges[i] <= count < edges[i+1]
 * @param sourceShare the share of the source's users in each bin (sums to 1)
 * @param targetShare the share of the target's users in each bin
 * @param kld         KLD(H_u(source) || H_u(target))
 */
public record HistogramOverlay(String source, String target, double[] binEdges, double[] sourceShare,
                               double[] targetShare, double kld) implements PlotData {
    public HistogramOverlay {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        int bins = binEdges.length - 1;
        if (bins < 1 || sourceShare.length != bins || targetShare.length != bins) {
            throw new IllegalArgumentException("need n + 1 edges and n shares per domain: " + binEdges.length
                    + " edges, " + sourceShare.length + " and " + targetShare.length + " shares");
        }
        for (int i = 0; i < bins; i++) {
            if (!(binEdges[i] < binEdges[i + 1])) throw new IllegalArgumentException("bin edges must ascend at " + i);
        }
        binEdges = binEdges.clone();
        sourceShare = sourceShare.clone();
        targetShare = targetShare.clone();
    }

    /** @return the number of bins */
    public int bins() { return sourceShare.length; }

    /** @return the lower edge of bin {@code i} */
    public double lower(int i) { return binEdges[i]; }

    /** @return the upper edge of bin {@code i} */
    public double upper(int i) { return binEdges[i + 1]; }

    /** @return the source's share in bin {@code i} */
    public double sourceAt(int i) { return sourceShare[i]; }

    /** @return the target's share in bin {@code i} */
    public double targetAt(int i) { return targetShare[i]; }

    @Override
    public double[] binEdges() { return binEdges.clone(); }

    @Override
    public double[] sourceShare() { return sourceShare.clone(); }

    @Override
    public double[] targetShare() { return targetShare.clone(); }

    /** Columns bin_lower, bin_upper, source_share, target_share; one row per bin. */
    @Override
    public CsvTable toCsv() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < bins(); i++) {
            rows.add(List.of(CsvTable.number(lower(i)), CsvTable.number(upper(i)),
                    CsvTable.number(sourceShare[i]), CsvTable.number(targetShare[i])));
        }
        return new CsvTable(List.of("bin_lower", "bin_upper", "source_share", "target_share"), rows);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramOverlay h && source.equals(h.source) && target.equals(h.target)
                && Arrays.equals(binEdges, h.binEdges) && Arrays.equals(sourceShare, h.sourceShare)
                && Arrays.equals(targetShare, h.targetShare) && Double.compare(kld, h.kld) == 0;
    }

    @Override
    public int hashCode() { return Objects.hash(source, target, Arrays.hashCode(binEdges), kld); }

    @Override
    public String toString() { return "HistogramOverlay[" + source + " vs " + target + ", " + bins() + " bins]"; }
}
