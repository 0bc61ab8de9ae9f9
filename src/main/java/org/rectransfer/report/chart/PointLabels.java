package org.rectransfer.report.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Labels next to scatter points, each placed at the first of eight spots around its point
 * (above, below, right, left, then the diagonals) that overlaps no other label or point and stays
 * inside the plot, or else at the spot that overlaps least. JFreeChart's item labels always sit
 * at the same spot, so crowded points (targets with similar KLD and gain) would print over each
 * other and labels at the plot edge would be clipped.
 */
final class PointLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    /** Spots as (horizontal, vertical) placement: -1 left/above, 0 centred, +1 right/below. */
    private static final int[][] SPOTS = {{0, -1}, {0, 1}, {1, 0}, {-1, 0}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};
    private final double[] x;
    private final double[] y;
    private final List<String> labels;
    private final Font font;
    private final transient Paint paint;
    private final double markerRadius;

    PointLabels(double[] x, double[] y, List<String> labels, Font font, Paint paint, double markerRadius) {
        this.x = x.clone();
        this.y = y.clone();
        this.labels = List.copyOf(labels);
        this.font = font;
        this.paint = paint;
        this.markerRadius = markerRadius;
    }

    @Override
    public void draw(Graphics2D g, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        int n = x.length;
        double[] px = new double[n];
        double[] py = new double[n];
        List<Rectangle2D> occupied = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            px[i] = domainAxis.valueToJava2D(x[i], dataArea, plot.getDomainAxisEdge());
            py[i] = rangeAxis.valueToJava2D(y[i], dataArea, plot.getRangeAxisEdge());
            occupied.add(new Rectangle2D.Double(px[i] - markerRadius, py[i] - markerRadius, 2 * markerRadius, 2 * markerRadius));
        }
        g.setFont(font);
        g.setPaint(paint);
        FontMetrics metrics = g.getFontMetrics(font);
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(px[i]) || Double.isNaN(py[i])) continue;
            Rectangle2D size = metrics.getStringBounds(labels.get(i), g);
            Rectangle2D box = bestSpot(px[i], py[i], size.getWidth(), metrics.getAscent() + metrics.getDescent(),
                    occupied, i, dataArea);
            occupied.add(box);
            g.drawString(labels.get(i), (float) box.getX(), (float) (box.getY() + metrics.getAscent()));
        }
    }

    private Rectangle2D bestSpot(double px, double py, double w, double h, List<Rectangle2D> occupied, int self,
                                 Rectangle2D area) {
        double gap = markerRadius + font.getSize2D() * 0.15;
        Rectangle2D best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int[] spot : SPOTS) {
            double diagonal = spot[0] != 0 && spot[1] != 0 ? 0.7 : 1;
            double left = spot[0] == 0 ? px - w / 2 : spot[0] > 0 ? px + gap * diagonal : px - gap * diagonal - w;
            double top = spot[1] == 0 ? py - h / 2 : spot[1] > 0 ? py + gap * diagonal : py - gap * diagonal - h;
            Rectangle2D box = new Rectangle2D.Double(left, top, w, h);
            double cost = cost(box, occupied, self, area);
            if (cost < bestCost) {
                best = box;
                bestCost = cost;
                if (cost == 0) break;
            }
        }
        return best;
    }

    /** Overlapped area, with area outside the plot counting double because it would be clipped. */
    private static double cost(Rectangle2D box, List<Rectangle2D> occupied, int self, Rectangle2D area) {
        double cost = 0;
        for (int j = 0; j < occupied.size(); j++) {
            if (j != self) cost += overlap(box, occupied.get(j));
        }
        double inside = overlap(box, area);
        return cost + 2 * (box.getWidth() * box.getHeight() - inside);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getX(), b.getX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getY(), b.getY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
