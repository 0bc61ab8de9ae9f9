package org.rectransfer.report.chart;

import java.awt.Color;
import java.util.List;

/**
 * The colours of every figure. Categorical series use the Okabe-Ito palette (Okabe and Ito,
 * "Color Universal Design", 2008), readable with the common colour-vision deficiencies; yellow is
 * last because it is faint on white. Diverging data use ColorBrewer's RdBu (Brewer, 2002).
 */
public final class Palette {
    /** Okabe-Ito, in the order series receive them. */
    public static final List<Color> CATEGORICAL = List.of(
            new Color(0x0072B2), // blue
            new Color(0xD55E00), // vermillion
            new Color(0x009E73), // bluish green
            new Color(0xCC79A7), // reddish purple
            new Color(0xE69F00), // orange
            new Color(0x56B4E9), // sky blue
            new Color(0x000000), // black
            new Color(0xF0E442)); // yellow

    /** ColorBrewer RdBu with 11 classes, reversed so that low (negative) is blue and high is red. */
    public static final List<Color> DIVERGING = List.of(
            new Color(0x053061), new Color(0x2166AC), new Color(0x4393C3), new Color(0x92C5DE),
            new Color(0xD1E5F0), new Color(0xF7F7F7), new Color(0xFDDBC7), new Color(0xF4A582),
            new Color(0xD6604D), new Color(0xB2182B), new Color(0x67001F));

    /** Text and axis lines: near-black reads softer than pure black in print. */
    public static final Color INK = new Color(0x222222);
    /** Secondary text such as captions and subtitles. */
    public static final Color MUTED_INK = new Color(0x555555);
    /** Grid lines, kept light so they guide without competing with the data. */
    public static final Color GRID = new Color(0xE3E3E3);
    /** Cells with no value. */
    public static final Color MISSING = new Color(0xD9D9D9);

    private Palette() { }

    /** @return the categorical colour of series {@code i}, cycling after eight */
    public static Color series(int i) { return CATEGORICAL.get(Math.floorMod(i, CATEGORICAL.size())); }

    /** @return {@code c} with alpha {@code alpha} in [0, 1] */
    public static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }

    /** @return the relative luminance of {@code c} in [0, 1] (WCAG 2), to pick readable text on it */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
