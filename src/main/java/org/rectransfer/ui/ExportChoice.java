package org.rectransfer.ui;

import java.nio.file.Path;
import org.rectransfer.report.export.FigureSize;

/**
 * How a figure is exported: where, how many pixels at which resolution, and whether the numbers
 * it plots are written beside it as CSV (same name, {@code .csv}).
 *
 * @param file     a {@code .png} or {@code .svg} path
 * @param widthPx  width in pixels (for SVG, the size in inches is the same as the PNG's)
 * @param heightPx height in pixels
 * @param dpi      pixels per inch, recorded in the PNG
 * @param csv      also write the plotted numbers as CSV
 */
public record ExportChoice(Path file, int widthPx, int heightPx, int dpi, boolean csv) {
    /** Wide enough for a slide, sharp enough for print: the dialog's first choice. */
    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 1200;
    public static final int DEFAULT_DPI = 200;

    public ExportChoice {
        if (widthPx < 100 || heightPx < 100 || widthPx > 20_000 || heightPx > 20_000) {
            throw new IllegalArgumentException("the figure must be 100 to 20000 pixels each way, not " + widthPx + " x " + heightPx);
        }
        if (dpi < 50 || dpi > 1200) throw new IllegalArgumentException("the resolution must be 50 to 1200 dpi, not " + dpi);
    }

    /** @return the printed size the pixels and the resolution make */
    public FigureSize size() {
        return new FigureSize(widthPx / (double) dpi, heightPx / (double) dpi);
    }

    /** @return where the CSV goes: the figure's name with {@code .csv} */
    public Path csvFile() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".csv");
    }
}
