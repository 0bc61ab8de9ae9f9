package org.rectransfer.report.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rectransfer.report.CurveSeries;
import org.rectransfer.report.TrainingCurves;

/**
 * Training loss (upper panel) and the ranking metric (lower panel) over a shared epoch axis.
 * Each run keeps its colour in both panels and appears once in the legend. NaN points are left
 * out, so a metric evaluated every few epochs is drawn through the epochs it was evaluated at.
 */
public final class TrainingCurvesChart {
    /** Markers are drawn on curves with at most this many points; beyond it they clutter. */
    private static final int MAX_MARKED_POINTS = 30;
    private final ChartTheme theme;

    /** @param theme the look of the chart */
    public TrainingCurvesChart(ChartTheme theme) { this.theme = theme; }

    /** @return the chart of {@code curves} */
    public JFreeChart create(TrainingCurves curves) {
        List<String> labels = curves.labels();
        NumberAxis epochAxis = new NumberAxis("Epoch");
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epochAxis.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(epochAxis);
        plot.setGap(theme.basePoints());
        // A quantity with nothing to plot (no metric evaluated yet) gets no empty panel.
        boolean showLoss = plotted(curves.loss()) > 0 || plotted(curves.metric()) == 0;
        boolean showMetric = plotted(curves.metric()) > 0;
        XYPlot lossPlot = panel(curves.loss(), "Training loss");
        XYPlot metricPlot = panel(curves.metric(), curves.metricName());
        if (showLoss) plot.add(lossPlot, 1);
        if (showMetric) plot.add(metricPlot, 1);

        JFreeChart chart = new JFreeChart(curves.title(), theme.titleFont(), plot, labels.size() > 1);
        theme.apply(chart);
        if (chart.getLegend() != null) chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        style(lossPlot, curves.loss(), labels, List.of());
        style(metricPlot, curves.metric(), labels, showLoss ? curves.loss() : List.of());
        return chart;
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
