package org.rectransfer.report.export;

/**
 * The printed size of a figure. Charts are laid out in points (1/72 in), so a figure keeps its
 * proportions and font sizes at every DPI; only the pixel count changes.
 *
 * @param widthInches  the width in inches
 * @param heightInches the height in inches
 */
public record FigureSize(double widthInches, double heightInches) {
    /** Points per inch, the unit JFreeChart lays out in. */
    public static final double POINTS_PER_INCH = 72;
    /** 6.4 x 4.8 in, matplotlib's default and a common single-column figure. */
    public static final FigureSize DEFAULT = new FigureSize(6.4, 4.8);

    public FigureSize {
        if (!(widthInches > 0) || !(heightInches > 0) || Double.isInfinite(widthInches) || Double.isInfinite(heightInches)) {
            throw new IllegalArgumentException("figure size must be positive: " + widthInches + " x " + heightInches + " in");
        }
    }

    /** @return the width in points */
    public double widthPoints() { return points(widthInches); }

    /** @return the height in points */
    public double heightPoints() { return points(heightInches); }

    /** Rounded to millionths so 4.8 in gives 345.6 pt, not 345.59999999999997, in SVG headers. */
    private static double points(double inches) {
        return Math.round(inches * POINTS_PER_INCH * 1e6) / 1e6;
    }

    /** @return the width in pixels at {@code dpi}, rounded */
    public int widthPixels(double dpi) { return pixels(widthInches, dpi); }

    /** @return the height in pixels at {@code dpi}, rounded */
    public int heightPixels(double dpi) { return pixels(heightInches, dpi); }

    private static int pixels(double inches, double dpi) {
        if (!(dpi > 0)) throw new IllegalArgumentException("dpi must be positive: " + dpi);
        long px = Math.round(inches * dpi);
        if (px < 1 || px > 32_768) throw new IllegalArgumentException(inches + " in at " + dpi + " dpi is " + px + " pixels");
        return (int) px;
    }
}
