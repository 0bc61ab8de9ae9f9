package org.rectransfer.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every figure: white background, light grid, no gradients, shadows or 3D,
 * fonts sized in points for print (a 6.4 x 4.8 in figure at {@link #print()} matches common
 * journal text), and the {@link Palette}. Charts are built, then {@link #apply(JFreeChart) themed},
 * then decorated: JFreeChart's theme resets annotation fonts and renderer paints, so a chart's own
 * colours and labels go on after it.
 *
 * @param fontFamily the logical or installed font family
 * @param basePoints the size of axis labels; titles, ticks and annotations are derived from it
 */
public record ChartTheme(String fontFamily, float basePoints) {
    public ChartTheme {
        Objects.requireNonNull(fontFamily, "fontFamily");
        if (!(basePoints > 0)) throw new IllegalArgumentException("font size must be positive: " + basePoints);
    }

    /** @return the theme for full-width figures: sans-serif, 10 pt labels */
    public static ChartTheme print() { return new ChartTheme(Font.SANS_SERIF, 10f); }

    /**
     * @return the theme of charts on screen, drawn one point per pixel: annotations (heatmap cell
     *         values, point labels) at 12 px, ticks at 13, labels at 14, readable at the default window size
     */
    public static ChartTheme screen() { return new ChartTheme(Font.SANS_SERIF, 14f); }

    /** @return a copy with fonts scaled by {@code factor}, e.g. 0.8 for panels of a small-multiples grid */
    public ChartTheme scaled(double factor) { return new ChartTheme(fontFamily, (float) (basePoints * factor)); }

    /** @return the chart title font */
    public Font titleFont() { return font(Font.BOLD, basePoints + 2); }

    /** @return the font of axis labels and subtitles */
    public Font labelFont() { return font(Font.PLAIN, basePoints); }

    /** @return the font of tick labels and legend items */
    public Font tickFont() { return font(Font.PLAIN, basePoints - 1); }

    /** @return the font of in-plot text: cell values, point labels */
    public Font annotationFont() { return font(Font.PLAIN, basePoints - 2); }

    /** @return the width of data lines, in points */
    public float lineWidth() { return basePoints * 0.16f; }

    /** @return the stroke of data lines */
    public Stroke lineStroke() { return new BasicStroke(lineWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND); }

    /** @return a dashed stroke for reference lines (zero, means) */
    public Stroke referenceStroke() {
        float w = basePoints * 0.1f;
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4 * w, 3 * w}, 0f);
    }

    /** @return the marker of scatter points and evaluated epochs, centred on the point */
    public Shape pointShape(double scale) {
        double d = basePoints * 0.5 * scale;
        return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
    }

    /** @return a subtitle in the label font and muted ink */
    public TextTitle subtitle(String text) {
        TextTitle title = new TextTitle(text, labelFont());
        title.setPaint(Palette.MUTED_INK);
        title.setPadding(new RectangleInsets(2, 0, 4, 0));
        return title;
    }

    /** Applies fonts, colours, grid and rendering hints to {@code chart} and its (sub)plots. */
    public void apply(JFreeChart chart) {
        standardTheme().apply(chart);
        chart.setPadding(new RectangleInsets(6, 6, 6, 6));
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                t.setFont(labelFont());
                t.setPaint(Palette.MUTED_INK);
            }
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(tickFont());
        }
        Plots.xyPlots(chart.getPlot()).forEach(this::applyToXYPlot);
    }

    private void applyToXYPlot(XYPlot plot) {
        plot.setOutlineVisible(false);
        Stroke grid = new BasicStroke(basePoints * 0.05f);
        plot.setDomainGridlineStroke(grid);
        plot.setRangeGridlineStroke(grid);
        boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
        plot.getDomainAxes().values().forEach(a -> applyToAxis(a, !vertical));
        plot.getRangeAxes().values().forEach(a -> applyToAxis(a, vertical));
    }

    /**
     * Styles an axis, also one outside a plot such as a colour bar's. JFreeChart spaces ticks by
     * the label size plus its insets, which packs them tightly; the generous insets along the axis
     * give about 3 to 8 ticks on a 6.4 x 4.8 in figure, as in hand-made figures.
     *
     * @param vertical whether the axis runs up the page
     */
    public void applyToAxis(ValueAxis axis, boolean vertical) {
        if (axis == null) return;
        double along = basePoints * (vertical ? 0.7 : 0.9);
        axis.setTickLabelInsets(vertical ? new RectangleInsets(along, 2, along, basePoints * 0.3)
                : new RectangleInsets(basePoints * 0.3, along, 2, along));
        axis.setLabelFont(labelFont());
        axis.setTickLabelFont(tickFont());
        axis.setLabelPaint(Palette.INK);
        axis.setTickLabelPaint(Palette.INK);
        axis.setAxisLinePaint(Palette.MUTED_INK);
        axis.setAxisLineStroke(new BasicStroke(basePoints * 0.07f));
        axis.setTickMarkPaint(Palette.MUTED_INK);
        axis.setTickMarkStroke(new BasicStroke(basePoints * 0.07f));
        axis.setTickMarkOutsideLength(basePoints * 0.3f);
    }

    private Font font(int style, float size) { return new Font(fontFamily, style, 1).deriveFont(style, size); }

    private StandardChartTheme standardTheme() {
        StandardChartTheme t = new StandardChartTheme("rectransfer", false);
        t.setExtraLargeFont(titleFont());
        t.setLargeFont(labelFont());
        t.setRegularFont(tickFont());
        t.setSmallFont(annotationFont());
        t.setTitlePaint(Palette.INK);
        t.setSubtitlePaint(Palette.MUTED_INK);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setLegendItemPaint(Palette.INK);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(Palette.GRID);
        t.setDomainGridlinePaint(Palette.GRID);
        t.setRangeGridlinePaint(Palette.GRID);
        t.setBaselinePaint(Palette.MUTED_INK);
        t.setAxisLabelPaint(Palette.INK);
        t.setTickLabelPaint(Palette.INK);
        t.setItemLabelPaint(Palette.INK);
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        t.setShadowVisible(false);
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setGridBandPaint(Color.WHITE);
        t.setGridBandAlternatePaint(Color.WHITE);
        t.setDrawingSupplier(drawingSupplier());
        return t;
    }

    private DefaultDrawingSupplier drawingSupplier() {
        Paint[] paints = Palette.CATEGORICAL.toArray(new Paint[0]);
        return new DefaultDrawingSupplier(paints, paints, new Paint[] {Palette.INK},
                new Stroke[] {lineStroke()}, new Stroke[] {new BasicStroke(basePoints * 0.05f)},
                new Shape[] {pointShape(1)});
    }
}
