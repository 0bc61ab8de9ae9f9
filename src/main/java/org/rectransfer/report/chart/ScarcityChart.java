package org.rectransfer.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.report.ScarcityCurves;

/**
 * Gain against the share of the target's users kept, a panel per target: one line per
 * configuration through its mean gains, with bars of one standard deviation over seeds, on a
 * shared gain scale, and a dashed zero line. The shares are spaced evenly (10, 25, 50, 100 % are
 * nearly even steps on a log scale), and each configuration is nudged sideways so bars do not hide
 * one another.
 */
public final class ScarcityChart {
    private static final double NUDGE = 0.05;
    private final ChartTheme theme;

    /** @param theme the look of each panel; {@code theme.scaled(0.8)} suits 2 x 2 grids */
    public ScarcityChart(ChartTheme theme) { this.theme = theme; }

    /** @return one figure of {@code columns} columns, a panel per target */
    public ChartGrid grid(ScarcityCurves curves, int columns) {
        List<Double> shares = new ArrayList<>(new TreeSet<>(curves.targets().values().stream()
                .flatMap(byConfig -> byConfig.values().stream()).flatMap(List::stream).map(ScarcityCurves.Point::fraction).toList()));
        List<JFreeChart> charts = new ArrayList<>();
        curves.targets().forEach((target, byConfig) -> charts.add(panel(target, byConfig, shares)));
        shareGainAxis(charts);
        return new ChartGrid("Gain against the share of the target's users kept, source: " + curves.source(), charts, columns, theme);
    }

    private JFreeChart panel(String target, Map<String, List<ScarcityCurves.Point>> byConfig, List<Double> shares) {
        String[] labels = shares.stream().map(share -> SweepSpec.percent(share) + " %").toArray(String[]::new);
        SymbolAxis shareAxis = new SymbolAxis("Users kept", labels);
        shareAxis.setRange(-0.4, shares.size() - 0.6);
        shareAxis.setGridBandsVisible(false);
        NumberAxis gainAxis = new NumberAxis("Gain (%)");
        gainAxis.setAutoRangeMinimumSize(2.0);
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        int index = 0;
        for (Map.Entry<String, List<ScarcityCurves.Point>> entry : byConfig.entrySet()) {
            YIntervalSeries series = new YIntervalSeries(capitalised(entry.getKey()));
            double nudge = (index - (byConfig.size() - 1) / 2.0) * NUDGE;
            for (ScarcityCurves.Point p : entry.getValue()) {
                double sd = Double.isNaN(p.sd()) ? 0 : p.sd();
                series.add(shares.indexOf(p.fraction()) + nudge, p.gain(), p.gain() - sd, p.gain() + sd);
            }
            dataset.addSeries(series);
            index++;
        }
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setErrorStroke(theme.lineStroke());
        renderer.setCapLength(theme.basePoints() * 0.5);
        XYPlot plot = new XYPlot(dataset, shareAxis, gainAxis, renderer);
        JFreeChart chart = new JFreeChart(target, theme.titleFont(), plot, true);
        theme.apply(chart);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, Palette.series(s));
            renderer.setSeriesStroke(s, theme.lineStroke());
            renderer.setSeriesShape(s, theme.pointShape(1.0));
        }
        renderer.setErrorPaint(null);
        plot.addRangeMarker(new ValueMarker(0, Palette.MUTED_INK, theme.referenceStroke()));
        return chart;
    }

    private static void shareGainAxis(List<JFreeChart> charts) {
        Range gains = null;
        for (JFreeChart chart : charts) gains = Range.combine(gains, chart.getXYPlot().getRangeAxis().getRange());
        for (JFreeChart chart : charts) chart.getXYPlot().getRangeAxis().setRange(gains);
    }

    private static String capitalised(String config) {
        return config.isEmpty() ? config : Character.toUpperCase(config.charAt(0)) + config.substring(1);
    }
}
