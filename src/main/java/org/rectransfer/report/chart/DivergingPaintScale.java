package org.rectransfer.report.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import java.util.List;
import org.jfree.chart.renderer.PaintScale;

/**
 * A continuous diverging colour scale symmetric around zero: -limit is deep blue, 0 is near white
 * and +limit deep red (RdBu), interpolated linearly between the ColorBrewer classes. Symmetric
 * limits keep the same colour meaning the same size of gain whichever sign dominates.
 */
public final class DivergingPaintScale implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;
    private final double limit;

    /** @param limit the largest |value| shown at full colour; values beyond it are clamped */
    public DivergingPaintScale(double limit) {
        if (!(limit > 0) || Double.isInfinite(limit)) throw new IllegalArgumentException("limit must be positive: " + limit);
        this.limit = limit;
    }

    @Override
    public double getLowerBound() { return -limit; }

    @Override
    public double getUpperBound() { return limit; }

    /** @return the colour of {@code value}, or {@link Palette#MISSING} for NaN */
    @Override
    public Paint getPaint(double value) { return colour(value); }

    /** @return the colour of {@code value} as a {@link Color} */
    public Color colour(double value) {
        if (Double.isNaN(value)) return Palette.MISSING;
        List<Color> stops = Palette.DIVERGING;
        double t = (Math.max(-limit, Math.min(limit, value)) + limit) / (2 * limit) * (stops.size() - 1);
        int i = Math.min((int) Math.floor(t), stops.size() - 2);
        return mix(stops.get(i), stops.get(i + 1), t - i);
    }

    private static Color mix(Color a, Color b, double f) {
        return new Color(channel(a.getRed(), b.getRed(), f), channel(a.getGreen(), b.getGreen(), f),
                channel(a.getBlue(), b.getBlue(), f));
    }

    private static int channel(int a, int b, double f) { return (int) Math.round(a + (b - a) * f); }

    /**
     * @return a symmetric limit just above {@code maxAbs}, a multiple of half its power of ten
     *         (32.2 gives 35, 19.9 gives 20, 3.2 gives 3.5), so the colour bar ends on a tidy
     *         number without wasting much of the colour range; 1 when nothing is nonzero
     */
    public static double niceLimit(double maxAbs) {
        if (!(maxAbs > 0) || Double.isInfinite(maxAbs)) return 1;
        double step = Math.pow(10, Math.floor(Math.log10(maxAbs))) / 2;
        return Math.ceil(maxAbs / step - 1e-9) * step;
    }

    /** @return a round tick spacing giving about four ticks on each side of zero */
    public double tickStep() {
        double raw = limit / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * magnitude >= raw) return m * magnitude;
        }
        return 10 * magnitude;
    }

    @Override
    public boolean equals(Object o) { return o instanceof DivergingPaintScale s && s.limit == limit; }

    @Override
    public int hashCode() { return Double.hashCode(limit); }
}
