package org.rectransfer.report.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;

/**
 * Small multiples: several charts drawn row by row into one figure, under an optional title.
 * Each chart gets an equal cell, so give its theme smaller fonts than a full-size figure's.
 *
 * @param title   the figure title, or null for none
 * @param charts  the panels, in reading order
 * @param columns panels per row
 * @param theme   the font of the title
 */
public record ChartGrid(String title, List<JFreeChart> charts, int columns, ChartTheme theme) implements Drawable {
    public ChartGrid {
        charts = List.copyOf(charts);
        Objects.requireNonNull(theme, "theme");
        if (charts.isEmpty()) throw new IllegalArgumentException("no charts");
        if (columns < 1) throw new IllegalArgumentException("columns must be positive: " + columns);
    }

    /** @return the number of rows */
    public int rows() { return (charts.size() + columns - 1) / columns; }

    /** Draws the title and the panels into {@code area}, in the units of {@code g}. */
    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Shape savedClip = g.getClip();
        g.setColor(Color.WHITE);
        g.fill(area);
        double top = area.getY();
        if (title != null && !title.isBlank()) top += drawTitle(g, area);
        int cols = Math.min(columns, charts.size());
        double cellWidth = area.getWidth() / cols;
        double cellHeight = (area.getMaxY() - top) / rows();
        for (int i = 0; i < charts.size(); i++) {
            Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % cols) * cellWidth,
                    top + (i / cols) * cellHeight, cellWidth, cellHeight);
            charts.get(i).draw(g, cell);
            g.setClip(savedClip); // a chart clips to its own area; the next one needs the whole figure
        }
    }

    private double drawTitle(Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(theme.titleFont());
        g.setColor(Palette.INK);
        FontMetrics metrics = g.getFontMetrics();
        double pad = theme.basePoints() * 0.6;
        float x = (float) (area.getCenterX() - metrics.getStringBounds(title, g).getWidth() / 2);
        g.drawString(title, x, (float) (area.getY() + pad + metrics.getAscent()));
        return pad + metrics.getHeight();
    }
}
