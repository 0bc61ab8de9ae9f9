package org.rectransfer.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rectransfer.report.KldScatter;
import org.rectransfer.report.RegressionFit;

/**
 * Fig. 3 for one configuration: gain (%) against KLD, one labelled point per target, the
 * least-squares line with its 95% confidence band, Pearson's r and p in the subtitle, and a
 * dashed zero line separating positive from negative transfer. {@link #grid} lays several
 * configurations out as small multiples on shared scales, as the paper does per source domain.
 */
public final class KldScatterChart {
    private static final Color POINTS = Palette.series(0);
    private static final Color FIT = Palette.series(1);
    private final ChartTheme theme;

    /** @param theme the look of the chart; {@code theme.scaled(0.8)} suits 2 x 2 grids at 6.4 x 4.8 in */
    public KldScatterChart(ChartTheme theme) { this.theme = theme; }

    /** @return the chart of {@code data}, with a legend */
    public JFreeChart create(KldScatter data) { return create(data, true, title(data) + ", source: " + data.source()); }

    /** @return one figure of {@code columns} columns holding a legend-less chart per configuration */
    public ChartGrid grid(String title, List<KldScatter> data, int columns) {
        List<JFreeChart> charts = new ArrayList<>();
        for (KldScatter d : data) charts.add(create(d, false, title(d)));
        shareAxes(charts);
        return new ChartGrid(title, charts, columns, theme);
    }

    private JFreeChart create(KldScatter data, boolean legend, String title) {
        NumberAxis kldAxis = new NumberAxis("KLD(source \u2016 target)");
        kldAxis.setAutoRangeIncludesZero(false);
        NumberAxis gainAxis = new NumberAxis("Gain (%)");
        gainAxis.setAutoRangeIncludesZero(false);
        // Equal gains (all 0 after a short run, say) would otherwise get a span of 1e-8 and ticks like 5E-9.
        gainAxis.setAutoRangeMinimumSize(2.0);
        kldAxis.setAutoRangeMinimumSize(0.01);
        // Room around the outermost points for their labels.
        kldAxis.setLowerMargin(0.06);
        kldAxis.setUpperMargin(0.06);
        gainAxis.setLowerMargin(0.08);
        gainAxis.setUpperMargin(0.1);
        XYPlot plot = new XYPlot(points(data), kldAxis, gainAxis, new XYLineAndShapeRenderer(false, true));
        if (data.fit() != null) {
            plot.setDataset(1, band(data.fit()));
            plot.setRenderer(1, new DeviationRenderer(true, false));
        }
        // The band first, points on top of it.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);

        JFreeChart chart = new JFreeChart(title, theme.titleFont(), plot, legend);
        if (data.fit() != null) chart.addSubtitle(theme.subtitle(data.fit().summary() + ", n = " + data.size()));
        theme.apply(chart);
        if (legend) chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        stylePoints(plot, data);
        // Hovering a point on screen names its target with its KLD and gain.
        plot.getRenderer(0).setDefaultToolTipGenerator((dataset, series, item) -> String.format(java.util.Locale.ROOT,
                "%s: KLD %.3f, gain %+.1f %%", data.targets().get(item), data.kldAt(item), data.gainAt(item)));
        if (data.fit() != null) styleFit((DeviationRenderer) plot.getRenderer(1));
        plot.addRangeMarker(new ValueMarker(0, Palette.MUTED_INK, theme.referenceStroke()));
        return chart;
    }

    /** Small multiples share their scales, so panels can be compared at a glance. */
    private static void shareAxes(List<JFreeChart> charts) {
        Range x = null;
        Range y = null;
        for (JFreeChart chart : charts) {
            XYPlot plot = chart.getXYPlot();
            x = Range.combine(x, plot.getDomainAxis().getRange());
            y = Range.combine(y, plot.getRangeAxis().getRange());
        }
        for (JFreeChart chart : charts) {
            chart.getXYPlot().getDomainAxis().setRange(x);
            chart.getXYPlot().getRangeAxis().setRange(y);
        }
    }

    private static String title(KldScatter data) {
        String config = data.config().isEmpty() ? data.config()
                : Character.toUpperCase(data.config().charAt(0)) + data.config().substring(1);
        return config;
    }

    private static XYSeriesCollection points(KldScatter data) {
        XYSeries series = new XYSeries("Target domains", false, true);
        for (int i = 0; i < data.size(); i++) series.add(data.kldAt(i), data.gainAt(i));
        return new XYSeriesCollection(series);
    }

    private static YIntervalSeriesCollection band(RegressionFit fit) {
        YIntervalSeries series = new YIntervalSeries("Least-squares fit, 95% CI");
        double[] x = fit.bandX();
        double[] lower = fit.bandLower();
        double[] upper = fit.bandUpper();
        for (int i = 0; i < x.length; i++) series.add(x[i], fit.fitted(x[i]), lower[i], upper[i]);
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }

    private void stylePoints(XYPlot plot, KldScatter data) {
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer(0);
        renderer.setSeriesPaint(0, POINTS);
        renderer.setSeriesShape(0, theme.pointShape(1.3));
        renderer.setUseOutlinePaint(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        plot.addAnnotation(new PointLabels(data.kld(), data.gainPercent(), data.targets(), theme.annotationFont(),
                Palette.MUTED_INK, theme.basePoints() * 0.33), false);
    }

    private void styleFit(DeviationRenderer renderer) {
        renderer.setSeriesPaint(0, FIT);
        renderer.setSeriesFillPaint(0, FIT);
        renderer.setSeriesStroke(0, theme.lineStroke());
        renderer.setAlpha(0.18f);
    }
}
