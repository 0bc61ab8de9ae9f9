package org.rectransfer.report.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.rectransfer.analysis.RelatednessMatrix;

/**
 * The relatedness of every ordered pair of domains as a heatmap (Eq. 8): sources as rows,
 * targets as columns, each cell shaded by {@code KLD(H_u(source) || H_u(target))} (light: related,
 * dark: far apart) and labelled with its value in nats. The diagonal is 0.
 */
public final class KldMatrixChart {
    /** Cells are drawn slightly smaller than their slot so white gaps separate them. */
    private static final double CELL = 0.94;
    private static final Color LOW = new Color(0xF7FBFF);
    private static final Color HIGH = new Color(0x08306B);
    private final ChartTheme theme;

    /** @param theme the look of the chart */
    public KldMatrixChart(ChartTheme theme) { this.theme = theme; }

    /** @return the chart of {@code matrix} */
    public JFreeChart create(RelatednessMatrix matrix) {
        List<String> names = matrix.names();
        int n = names.size();
        double max = 0;
        for (int s = 0; s < n; s++) for (int t = 0; t < n; t++) max = Math.max(max, matrix.kld(s, t));
        Shades scale = new Shades(max > 0 ? max : 1);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(CELL);
        renderer.setBlockHeight(CELL);
        renderer.setPaintScale(scale);
        SymbolAxis targets = new SymbolAxis("Target domain", names.toArray(new String[0]));
        targets.setRange(-0.5, n - 0.5);
        targets.setVerticalTickLabels(n > 8);
        SymbolAxis sources = new SymbolAxis("Source domain", names.toArray(new String[0]));
        sources.setRange(-0.5, n - 0.5);
        sources.setInverted(true);
        XYPlot plot = new XYPlot(dataset(matrix), targets, sources, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);

        JFreeChart chart = new JFreeChart("Relatedness: KLD(source \u2016 target) of per-user activity, nats",
                theme.titleFont(), plot, false);
        chart.addSubtitle(legend(scale));
        TextTitle caption = theme.subtitle("Eq. 8 of Nguyen et al. 2020, histograms after each domain's filter;"
                + " lower is more related; the divergence is asymmetric");
        caption.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(caption);
        theme.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        GainHeatmapAxes.bare(targets);
        GainHeatmapAxes.bare(sources);
        theme.applyToAxis(((PaintScaleLegend) chart.getSubtitle(0)).getAxis(), true);
        annotate(plot, matrix, scale);
        return chart;
    }

    /** @return the text a cell shows: 3 decimals, 2 when the matrix is large and the cells small */
    public static String label(double kld, int domains) {
        return String.format(Locale.ROOT, domains > 10 ? "%.2f" : "%.3f", kld);
    }

    private static DefaultXYZDataset dataset(RelatednessMatrix matrix) {
        return HeatmapCells.of("kld", matrix.names().size(), matrix.names().size(), matrix::kld);
    }

    private PaintScaleLegend legend(Shades scale) {
        NumberAxis axis = new NumberAxis("KLD (nats)");
        axis.setRange(0, scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(theme.basePoints());
        legend.setSubdivisionCount(256);
        legend.setStripOutlineVisible(false);
        legend.setMargin(new RectangleInsets(theme.basePoints() * 2, theme.basePoints(), theme.basePoints() * 2, 0));
        return legend;
    }

    private void annotate(XYPlot plot, RelatednessMatrix matrix, Shades scale) {
        int n = matrix.names().size();
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < n; t++) {
                double kld = matrix.kld(s, t);
                XYTextAnnotation label = new XYTextAnnotation(label(kld, n), t, s);
                label.setFont(theme.annotationFont());
                label.setPaint(Palette.luminance(scale.colour(kld)) < 0.35 ? Color.WHITE : Palette.INK);
                plot.addAnnotation(label, false);
            }
        }
    }

    /** A sequential scale from near white (0) to dark blue (the largest divergence). */
    static final class Shades implements PaintScale, Serializable {
        private final double upper;

        Shades(double upper) { this.upper = upper; }

        @Override
        public double getLowerBound() { return 0; }

        @Override
        public double getUpperBound() { return upper; }

        @Override
        public Paint getPaint(double value) { return colour(value); }

        Color colour(double value) {
            double f = Double.isFinite(value) ? Math.max(0, Math.min(1, value / upper)) : 1;
            return new Color(mix(LOW.getRed(), HIGH.getRed(), f), mix(LOW.getGreen(), HIGH.getGreen(), f),
                    mix(LOW.getBlue(), HIGH.getBlue(), f));
        }

        private static int mix(int a, int b, double f) { return (int) Math.round(a + (b - a) * f); }
    }
}
