package org.rectransfer.cli;

import org.rectransfer.study.StoredSweep;
import java.util.Arrays;
import java.util.Map;
import org.rectransfer.analysis.Binning;
import org.rectransfer.analysis.Kld;
import org.rectransfer.analysis.SharedBins;
import org.rectransfer.data.ActivityHistogram;
import org.rectransfer.data.Dataset;
import org.rectransfer.report.HistogramOverlay;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.HistogramOverlayChart;
import org.rectransfer.store.Workspace;

/** {@code figure histogram}: two domains' per-user activity histograms over shared bins, with their KLD. */
final class HistogramFigure {
    private HistogramFigure() { }

    static Figure build(Workspace store, FigureRequest request) {
        if (request.source() == null || request.target() == null) {
            throw new UsageException("figure histogram needs --source NAME and --target NAME");
        }
        Map<String, Dataset> domains = StoredSweep.open(store, request.sweep()).domains();
        ActivityHistogram source = histogram(domains, request.source(), request.sweep());
        ActivityHistogram target = histogram(domains, request.target(), request.sweep());
        HistogramOverlay data = overlay(request.source(), request.target(), source, target);
        return new Figure(data, new HistogramOverlayChart(ChartTheme.print()).create(data));
    }

    private static ActivityHistogram histogram(Map<String, Dataset> domains, String name, String sweep) {
        Dataset data = domains.get(name);
        if (data == null) {
            throw new UsageException("no domain '" + name + "' in sweep " + sweep + " (domains: " + String.join(", ", domains.keySet()) + ")");
        }
        return ActivityHistogram.of(data);
    }

    /** Shares of users per shared bin (the chart compares shapes, not domain sizes) and the KLD the study uses. */
    static HistogramOverlay overlay(String sourceName, String targetName, ActivityHistogram source, ActivityHistogram target) {
        SharedBins bins = SharedBins.of(source, target, Binning.defaults());
        double[] edges = Arrays.stream(bins.edges()).asDoubleStream().toArray();
        return new HistogramOverlay(sourceName, targetName, edges, shares(bins.source()), shares(bins.target()),
                Kld.between(source, target));
    }

    private static double[] shares(double[] counts) {
        double total = Arrays.stream(counts).sum();
        return Arrays.stream(counts).map(c -> total > 0 ? c / total : 0).toArray();
    }
}
