package org.rectransfer.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.rectransfer.analysis.SignificanceRule;
import org.rectransfer.report.GainMatrix;

/**
 * Tables 3-5 as a heatmap: targets as rows, configurations as columns, each cell coloured on a
 * diverging scale symmetric around zero (blue: negative transfer, red: positive) and labelled
 * with its gain, "*" when significant. Each target's best configuration is outlined, and the
 * baseline HR@10 the gains are relative to is listed on the right.
 */
public final class GainHeatmapChart {
    /** Cells are drawn slightly smaller than their slot so white gaps separate them. */
    private static final double CELL = 0.94;
    private final ChartTheme theme;

    /** @param theme the look of the chart */
    public GainHeatmapChart(ChartTheme theme) { this.theme = theme; }

    /** @return the chart of {@code gains} */
    public JFreeChart create(GainMatrix gains) {
        DivergingPaintScale scale = new DivergingPaintScale(DivergingPaintScale.niceLimit(gains.maxAbsGain()));
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(CELL);
        renderer.setBlockHeight(CELL);
        renderer.setPaintScale(scale);
        // Hovering a cell on screen says what it is: target, configuration, gain, significance.
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
            int t = item / gains.configs().size();
            int c = item % gains.configs().size();
            double gain = gains.gainPercent()[t][c];
            return gains.targets().get(t) + ", " + gains.configs().get(c) + ": " + (Double.isNaN(gain) ? "no run"
                    : String.format(java.util.Locale.ROOT, "%+.1f %%", gain)
                    + (gains.significant() != null && gains.significant()[t][c] ? " (significant)" : ""));
        });
        XYPlot plot = new XYPlot(dataset(gains), GainHeatmapAxes.configs(gains), GainHeatmapAxes.targets(gains), renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        if (gains.baselineHr() != null) {
            plot.setRangeAxis(1, GainHeatmapAxes.baselines(gains));
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        }

        JFreeChart chart = new JFreeChart("Gain (%) over the baseline, source: " + gains.source(),
                theme.titleFont(), plot, false);
        chart.addSubtitle(legend(scale));
        chart.addSubtitle(caption(gains));
        String frozen = GainHeatmapAxes.frozenLegend(gains.configs());
        if (!frozen.isEmpty()) chart.addSubtitle(1, theme.subtitle(frozen));
        theme.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) GainHeatmapAxes.bare(plot.getRangeAxis(i));
        GainHeatmapAxes.bare(plot.getDomainAxis());
        theme.applyToAxis(((PaintScaleLegend) chart.getSubtitle(0)).getAxis(), true);
        annotate(plot, gains, scale);
        return chart;
    }

    private static DefaultXYZDataset dataset(GainMatrix gains) {
        return HeatmapCells.of("gain", gains.targets().size(), gains.configs().size(), gains::gain);
    }

    private PaintScaleLegend legend(DivergingPaintScale scale) {
        NumberAxis axis = new NumberAxis("Gain (%)");
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        axis.setTickUnit(new NumberTickUnit(scale.tickStep(), LabelFormat.signed()));
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(theme.basePoints());
        legend.setSubdivisionCount(256);
        legend.setStripOutlineVisible(false);
        legend.setMargin(new RectangleInsets(theme.basePoints() * 2, theme.basePoints(), theme.basePoints() * 2, 0));
        return legend;
    }

    private TextTitle caption(GainMatrix gains) {
        String text = "Outlined: best configuration per target"
                + (gains.significant() == null ? "" : ";  *: p < " + SignificanceRule.ALPHA
                        + ", paired t over seeds (McNemar over users with fewer than "
                        + SignificanceRule.MIN_SEEDS_FOR_T + " seeds)");
        TextTitle caption = theme.subtitle(text);
        caption.setPosition(RectangleEdge.BOTTOM);
        return caption;
    }

    private void annotate(XYPlot plot, GainMatrix gains, DivergingPaintScale scale) {
        for (int t = 0; t < gains.targets().size(); t++) {
            for (int c = 0; c < gains.configs().size(); c++) {
                double g = gains.gain(t, c);
                String text = Double.isNaN(g) ? "n/a"
                        : String.format(Locale.ROOT, "%+.1f", g) + (gains.isSignificant(t, c) ? "*" : "");
                XYTextAnnotation label = new XYTextAnnotation(text, c, t);
                label.setFont(theme.annotationFont());
                label.setPaint(Palette.luminance(scale.colour(g)) < 0.3 ? Color.WHITE : Palette.INK);
                plot.addAnnotation(label, false);
            }
            int best = gains.bestConfig(t);
            if (best >= 0) {
                Rectangle2D box = new Rectangle2D.Double(best - CELL / 2, t - CELL / 2, CELL, CELL);
                plot.addAnnotation(new XYShapeAnnotation(box, new BasicStroke(theme.basePoints() * 0.18f), Palette.INK), false);
            }
        }
    }
}
