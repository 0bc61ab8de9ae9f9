package org.rectransfer.report.chart;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.rectransfer.report.HistogramOverlay;

/**
 * Two domains' histograms of interactions per user, overlaid with transparency so both stay
 * visible where they overlap, with KLD(source || target) in the subtitle. Bins spanning more
 * than a decade (activity is heavy-tailed) are drawn on a logarithmic count axis so the tail
 * bins do not collapse into slivers.
 */
public final class HistogramOverlayChart {
    /** Bins whose upper/lower edge ratio exceeds this get a log axis. */
    private static final double LOG_AXIS_SPAN = 10;
    private static final double FILL_ALPHA = 0.45;
    private final ChartTheme theme;

    /** @param theme the look of the chart */
    public HistogramOverlayChart(ChartTheme theme) { this.theme = theme; }

    /** @return the chart of {@code data} */
    public JFreeChart create(HistogramOverlay data) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series(data.source() + " (source)", data, true));
        dataset.addSeries(series(data.target() + " (target)", data, false));
        NumberAxis shareAxis = new NumberAxis("Share of users");
        shareAxis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        XYBarRenderer renderer = new XYBarRenderer();
        XYPlot plot = new XYPlot(dataset, countAxis(data), shareAxis, renderer);

        JFreeChart chart = new JFreeChart("Interactions per user: " + data.source() + " and " + data.target(),
                theme.titleFont(), plot, true);
        chart.addSubtitle(theme.subtitle(String.format(Locale.ROOT, "KLD(%s \u2016 %s) = %.3f",
                data.source(), data.target(), data.kld())));
        theme.apply(chart);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        plot.setDomainGridlinesVisible(false);
        for (int s = 0; s < 2; s++) {
            Color colour = Palette.series(s);
            renderer.setSeriesPaint(s, Palette.withAlpha(colour, FILL_ALPHA));
            renderer.setSeriesOutlinePaint(s, colour);
            renderer.setSeriesOutlineStroke(s, theme.lineStroke());
        }
        renderer.setDrawBarOutline(true);
        renderer.setShadowVisible(false);
        return chart;
    }

    private static XYIntervalSeries series(String name, HistogramOverlay data, boolean source) {
        XYIntervalSeries series = new XYIntervalSeries(name);
        for (int i = 0; i < data.bins(); i++) {
            double share = source ? data.sourceAt(i) : data.targetAt(i);
            double mid = (data.lower(i) + data.upper(i)) / 2;
            series.add(mid, data.lower(i), data.upper(i), share, 0, share);
        }
        return series;
    }

    private static ValueAxis countAxis(HistogramOverlay data) {
        double low = data.lower(0);
        double high = data.upper(data.bins() - 1);
        if (low > 0 && high / low > LOG_AXIS_SPAN) {
            LogAxis axis = new LogAxis("Interactions per user (log scale)");
            axis.setNumberFormatOverride(new DecimalFormat("0"));
            axis.setRange(low, high);
            return axis;
        }
        NumberAxis axis = new NumberAxis("Interactions per user");
        axis.setRange(low, high);
        return axis;
    }
}
