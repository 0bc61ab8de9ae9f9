package org.rectransfer.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepAreaRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rectransfer.report.HistogramOverlay;

/**
 * Two domains' histograms of interactions per user, overlaid with transparency so both stay
 * visible where they overlap, with KLD(source || target) in the subtitle. Each histogram is one
 * filled step outline (matplotlib's "step" histogram): bars side by side would show seams where
 * their translucent edges double up, and one-bin-per-count histograms have hundreds of bins.
 * Every bin gets the same width and the axis is labelled with the bin edges: the relatedness
 * compares bins, not counts, and the default bins grow geometrically (activity is heavy-tailed),
 * so equal widths amount to a log scale and keep the tail as readable as the head.
 */
public final class HistogramOverlayChart {
    private static final double FILL_ALPHA = 0.35;
    private final ChartTheme theme;

    /** @param theme the look of the chart */
    public HistogramOverlayChart(ChartTheme theme) { this.theme = theme; }

    /** @return the chart of {@code data} */
    public JFreeChart create(HistogramOverlay data) {
        NumberAxis shareAxis = new NumberAxis("Share of users");
        shareAxis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        shareAxis.setUpperMargin(0.08);
        XYStepAreaRenderer fills = new XYStepAreaRenderer(XYStepAreaRenderer.AREA);
        XYPlot plot = new XYPlot(steps(data, false), binAxis(data), shareAxis, fills);
        // The outlines on top, so both heights stay crisp inside the overlap.
        XYStepRenderer outlines = new XYStepRenderer();
        plot.setDataset(1, steps(data, true));
        plot.setRenderer(1, outlines);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = new JFreeChart("Interactions per user: " + data.source() + " and " + data.target(),
                theme.titleFont(), plot, true);
        chart.addSubtitle(theme.subtitle(String.format(Locale.ROOT, "KLD(%s \u2016 %s) = %.3f",
                data.source(), data.target(), data.kld())));
        theme.apply(chart);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        plot.setDomainGridlinesVisible(false);
        double swatch = theme.basePoints() * 0.8;
        fills.setDefaultLegendShape(new Rectangle2D.Double(-swatch / 2, -swatch / 2, swatch, swatch));
        for (int s = 0; s < 2; s++) {
            Color colour = Palette.series(s);
            fills.setSeriesPaint(s, Palette.withAlpha(colour, FILL_ALPHA));
            fills.setSeriesOutlinePaint(s, colour);
            outlines.setSeriesPaint(s, colour);
            // Square caps: the renderer draws each step as its own segment, and round caps would
            // bead every corner of a many-bin outline.
            outlines.setSeriesStroke(s, new BasicStroke(theme.lineWidth(), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
            outlines.setSeriesShapesVisible(s, false);
        }
        outlines.setDefaultSeriesVisibleInLegend(false);
        return chart;
    }

    /**
     * Bin i spans [i, i + 1] on the axis; a step series holds each bin's height at its left edge
     * and repeats the last one at the right end. Outlines also start and end at zero, so the
     * histogram is closed at both sides.
     */
    private static XYSeriesCollection steps(HistogramOverlay data, boolean closed) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(steps(data.source() + " (source)", data.sourceShare(), closed));
        dataset.addSeries(steps(data.target() + " (target)", data.targetShare(), closed));
        return dataset;
    }

    private static XYSeries steps(String name, double[] share, boolean closed) {
        XYSeries series = new XYSeries(name, false, true);
        int n = share.length;
        if (closed) series.add(0, 0);
        for (int i = 0; i < n; i++) series.add(i, share[i]);
        series.add(n, share[n - 1]);
        if (closed) series.add(n, 0);
        return series;
    }

    /** Ticks at bin boundaries, labelled with the interaction count there. */
    private static NumberAxis binAxis(HistogramOverlay data) {
        NumberAxis axis = new NumberAxis("Interactions per user (bins)");
        axis.setRange(0, data.bins());
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        double[] edges = data.binEdges();
        axis.setNumberFormatOverride(new LabelFormat(v -> {
            int i = (int) Math.round(v);
            if (i < 0 || i >= edges.length || Math.abs(v - i) > 1e-6) return "";
            double edge = edges[i];
            return edge == Math.rint(edge) ? Long.toString((long) edge) : String.format(Locale.ROOT, "%.3g", edge);
        }));
        return axis;
    }
}
