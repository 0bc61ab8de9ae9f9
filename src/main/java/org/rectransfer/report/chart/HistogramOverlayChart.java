package org.rectransfer.report.chart;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.rectransfer.report.HistogramOverlay;

/**
 * Two domains' histograms of interactions per user, overlaid with transparency so both stay
 * visible where they overlap, with KLD(source || target) in the subtitle. Every bin gets the same
 * width and the axis is labelled with the bin edges: the relatedness compares bins, not counts,
 * and the default bins grow geometrically (activity is heavy-tailed), so equal widths amount to a
 * log scale and keep the tail bins as readable as the head.
 */
public final class HistogramOverlayChart {
    private static final double FILL_ALPHA = 0.4;
    /** Beyond this many bins, outlines would merge into a solid band. */
    private static final int MAX_OUTLINED_BINS = 40;
    private final ChartTheme theme;

    /** @param theme the look of the chart */
    public HistogramOverlayChart(ChartTheme theme) { this.theme = theme; }

    /** @return the chart of {@code data} */
    public JFreeChart create(HistogramOverlay data) {
        XYIntervalSeriesCollection dataset = dataset(data);
        NumberAxis shareAxis = new NumberAxis("Share of users");
        shareAxis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        shareAxis.setUpperMargin(0.08);
        XYBarRenderer renderer = new XYBarRenderer();
        XYPlot plot = new XYPlot(dataset, binAxis(data), shareAxis, renderer);
        // The same bars again as bare outlines on top, so both heights stay crisp inside the overlap.
        XYBarRenderer outlines = new XYBarRenderer();
        // A copy, not the same dataset: XYPlot finds a dataset's legend renderer by its first index.
        plot.setDataset(1, dataset(data));
        plot.setRenderer(1, outlines);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = new JFreeChart("Interactions per user: " + data.source() + " and " + data.target(),
                theme.titleFont(), plot, true);
        chart.addSubtitle(theme.subtitle(String.format(Locale.ROOT, "KLD(%s \u2016 %s) = %.3f",
                data.source(), data.target(), data.kld())));
        theme.apply(chart);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        plot.setDomainGridlinesVisible(false);
        boolean outlined = data.bins() <= MAX_OUTLINED_BINS;
        for (int s = 0; s < 2; s++) {
            Color colour = Palette.series(s);
            renderer.setSeriesPaint(s, Palette.withAlpha(colour, FILL_ALPHA));
            renderer.setSeriesOutlinePaint(s, colour);
            renderer.setSeriesOutlineStroke(s, theme.lineStroke());
            outlines.setSeriesPaint(s, new Color(0, 0, 0, 0));
            outlines.setSeriesOutlinePaint(s, colour);
            outlines.setSeriesOutlineStroke(s, theme.lineStroke());
        }
        renderer.setDrawBarOutline(outlined);
        outlines.setDrawBarOutline(outlined);
        outlines.setSeriesVisible(0, outlined);
        outlines.setSeriesVisible(1, outlined);
        outlines.setDefaultSeriesVisibleInLegend(false);
        return chart;
    }

    private static XYIntervalSeriesCollection dataset(HistogramOverlay data) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series(data.source() + " (source)", data, true));
        dataset.addSeries(series(data.target() + " (target)", data, false));
        return dataset;
    }

    /** Bin i spans [i, i + 1] on the axis. */
    private static XYIntervalSeries series(String name, HistogramOverlay data, boolean source) {
        XYIntervalSeries series = new XYIntervalSeries(name);
        for (int i = 0; i < data.bins(); i++) {
            double share = source ? data.sourceAt(i) : data.targetAt(i);
            series.add(i + 0.5, i, i + 1, share, 0, share);
        }
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
