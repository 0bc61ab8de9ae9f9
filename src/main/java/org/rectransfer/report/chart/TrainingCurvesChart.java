package org.rectransfer.report.chart;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rectransfer.report.CurveBand;
import org.rectransfer.report.CurveBands;
import org.rectransfer.report.CurveSeries;
import org.rectransfer.report.TrainingCurves;

/**
 * Training loss (upper panel) and the ranking metric (lower panel) over a shared epoch axis.
 * Each run keeps its colour in both panels and appears once in the legend. NaN points are left
 * out, so a metric evaluated every few epochs is drawn through the epochs it was evaluated at.
 * Curves that are means over repeated runs can carry {@link CurveBands}, shaded behind them.
 */
public final class TrainingCurvesChart {
    /** Markers are drawn on curves with at most this many points; beyond it they clutter. */
    private static final int MAX_MARKED_POINTS = 30;
    /** Opacity of the bands, light enough for overlapping bands and the lines on them to stay readable. */
    private static final float BAND_ALPHA = 0.18f;
    private final ChartTheme theme;

    /** @param theme the look of the chart */
    public TrainingCurvesChart(ChartTheme theme) { this.theme = theme; }

    /** @return the chart of {@code curves} */
    public JFreeChart create(TrainingCurves curves) {
        return create(curves, null);
    }

    /**
     * @param curves the curves, here means over repeated runs
     * @param bands  the spread of each curve over the runs, or null for none
     * @return the chart of {@code curves} with each band shaded behind its curve in the curve's
     *         colour, the bands' description under the title, and each point's spread in its tooltip
     */
    public JFreeChart create(TrainingCurves curves, CurveBands bands) {
        List<String> labels = curves.labels();
        NumberAxis epochAxis = new NumberAxis("Epoch");
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epochAxis.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(epochAxis);
        // Separated panels, so that the loss panel's lowest tick never meets the HR panel's highest.
        plot.setGap(theme.basePoints() * 1.5);
        // A quantity with nothing to plot (no metric evaluated yet) gets no empty panel.
        boolean showLoss = plotted(curves.loss()) > 0 || plotted(curves.metric()) == 0;
        boolean showMetric = plotted(curves.metric()) > 0;
        // Short axis labels: each is drawn along its own panel, half the chart's height, and must not reach the other's.
        XYPlot lossPlot = panel(curves.loss(), "Loss");
        XYPlot metricPlot = panel(curves.metric(), curves.metricName().replace("validation ", "val. "));
        if (showLoss) plot.add(lossPlot, 1);
        if (showMetric) plot.add(metricPlot, 1);
        if (bands != null) {
            addBands(lossPlot, bands.loss());
            addBands(metricPlot, bands.metric());
        }

        JFreeChart chart = new JFreeChart(curves.title(), theme.titleFont(), plot, labels.size() > 1);
        if (bands != null) chart.addSubtitle(theme.subtitle(bands.description()));
        theme.apply(chart);
        if (chart.getLegend() != null) chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        style(lossPlot, curves.loss(), labels, List.of());
        style(metricPlot, curves.metric(), labels, showLoss ? curves.loss() : List.of());
        if (bands != null) {
            styleBands(lossPlot, bands.loss(), labels, bands::lossBand);
            styleBands(metricPlot, bands.metric(), labels, bands::metricBand);
        }
        return chart;
    }

    /** The bands as a second dataset of the panel, drawn before (under) the curves. */
    private static void addBands(XYPlot panel, List<CurveBand> bands) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        for (CurveBand band : bands) {
            YIntervalSeries series = new YIntervalSeries(band.label(), false, true);
            for (int i = 0; i < band.size(); i++) {
                double low = band.lowerAt(i);
                double high = band.upperAt(i);
                if (Double.isFinite(low) && Double.isFinite(high)) series.add(band.epochAt(i), (low + high) / 2, low, high);
            }
            dataset.addSeries(series);
        }
        panel.setDataset(1, dataset);
        panel.setRenderer(1, new DeviationRenderer(false, false));
        panel.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    }

    /** Colours each band as its curve, keeps bands out of the legend, and puts the spread in the curves' tooltips. */
    private static void styleBands(XYPlot panel, List<CurveBand> bands, List<String> labels, Function<String, CurveBand> bandOf) {
        DeviationRenderer renderer = (DeviationRenderer) panel.getRenderer(1);
        renderer.setAlpha(BAND_ALPHA);
        renderer.setDefaultSeriesVisibleInLegend(false);
        for (int s = 0; s < bands.size(); s++) {
            java.awt.Color colour = Palette.series(labels.indexOf(bands.get(s).label()));
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesFillPaint(s, colour);
        }
        panel.getRenderer(0).setDefaultToolTipGenerator((dataset, series, item) -> {
            String label = String.valueOf(dataset.getSeriesKey(series));
            double epoch = dataset.getXValue(series, item);
            String text = String.format(Locale.ROOT, "%s, epoch %.0f: mean %.4f", label, epoch, dataset.getYValue(series, item));
            CurveBand band = bandOf.apply(label);
            int i = band == null ? -1 : band.indexOf(epoch);
            return i < 0 ? text : text + String.format(Locale.ROOT, ", min %.4f, max %.4f over %d runs",
                    band.lowerAt(i), band.upperAt(i), band.runsAt(i));
        });
    }

    private static XYPlot panel(List<CurveSeries> curves, String axisLabel) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (CurveSeries curve : curves) {
            // autoSort off, duplicates allowed: the curve is drawn in the order it was recorded.
            XYSeries series = new XYSeries(curve.label(), false, true);
            for (int i = 0; i < curve.size(); i++) {
                if (!Double.isNaN(curve.valueAt(i))) series.add(curve.epochAt(i), curve.valueAt(i));
            }
            dataset.addSeries(series);
        }
        NumberAxis valueAxis = new NumberAxis(axisLabel);
        valueAxis.setAutoRangeIncludesZero(false);
        return new XYPlot(dataset, null, valueAxis, new XYLineAndShapeRenderer(true, false));
    }

    /** Colours by run label, and hides runs from the legend that an earlier panel already lists. */
    private void style(XYPlot plot, List<CurveSeries> curves, List<String> labels, List<CurveSeries> listedBefore) {
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setAutoPopulateSeriesPaint(false);
        for (int s = 0; s < curves.size(); s++) {
            CurveSeries curve = curves.get(s);
            renderer.setSeriesPaint(s, Palette.series(labels.indexOf(curve.label())));
            renderer.setSeriesStroke(s, theme.lineStroke());
            boolean marked = plotted(curve) <= MAX_MARKED_POINTS;
            renderer.setSeriesShapesVisible(s, marked);
            renderer.setSeriesShape(s, theme.pointShape(0.9));
            boolean listed = listedBefore.stream().anyMatch(c -> c.label().equals(curve.label()));
            renderer.setSeriesVisibleInLegend(s, !listed);
        }
        plot.setDomainGridlinesVisible(false);
    }

    private static int plotted(List<CurveSeries> curves) {
        return curves.stream().mapToInt(TrainingCurvesChart::plotted).sum();
    }

    private static int plotted(CurveSeries curve) {
        int n = 0;
        for (int i = 0; i < curve.size(); i++) if (!Double.isNaN(curve.valueAt(i))) n++;
        return n;
    }
}
