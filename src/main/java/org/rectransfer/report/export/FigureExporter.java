package org.rectransfer.report.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ui.Drawable;
import org.rectransfer.data.AtomicFiles;
import org.rectransfer.report.PlotData;

/**
 * Writes figures (any JFreeChart chart or {@link org.rectransfer.report.chart.ChartGrid}) as PNG or,
 * when the file name ends with ".svg", as SVG, and writes the numbers behind them as CSV. All
 * writes are atomic: the target is either the old file or the complete new one.
 */
public final class FigureExporter {
    /** The resolution used when none is given: print quality. */
    public static final int DEFAULT_DPI = 300;

    /** Writes {@code figure} at the default 6.4 x 4.8 in and 300 dpi. */
    public ExportedFigure write(Drawable figure, Path file) throws IOException {
        return write(figure, file, FigureSize.DEFAULT, DEFAULT_DPI);
    }

    /**
     * Writes {@code figure} to {@code file}: SVG if the name ends with ".svg", PNG if ".png".
     *
     * @param size the printed size; the PNG is size x dpi pixels, the SVG size x 72 points
     * @param dpi  pixels per inch of a PNG, also recorded in it; ignored for SVG
     * @return the file and its width and height in pixels (points for SVG)
     * @throws IllegalArgumentException if the file name has another extension
     */
    public ExportedFigure write(Drawable figure, Path file, FigureSize size, int dpi) throws IOException {
        Format format = formatOf(file);
        if (format == Format.SVG) {
            AtomicFiles.writeStream(file, out -> SvgWriter.write(figure, size, out));
            return new ExportedFigure(file, (int) Math.round(size.widthPoints()), (int) Math.round(size.heightPoints()));
        }
        BufferedImage image = render(figure, size, dpi);
        AtomicFiles.writeStream(file, out -> PngWriter.write(image, dpi, out));
        return new ExportedFigure(file, image.getWidth(), image.getHeight());
    }

    /** @return {@code figure} rendered at {@code size} and {@code dpi}, e.g. for a preview */
    public BufferedImage render(Drawable figure, FigureSize size, int dpi) {
        return PngWriter.render(figure, size, dpi);
    }

    /** @return the SVG document of {@code figure} at {@code size} */
    public String renderSvg(Drawable figure, FigureSize size) {
        return SvgWriter.render(figure, size);
    }

    /** Writes the numbers {@code data} plots as UTF-8 CSV (header, then one row per point). */
    public void writeCsv(PlotData data, Path file) throws IOException {
        AtomicFiles.writeStream(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            data.toCsv().writeTo(writer);
        });
    }

    /** The figure formats, chosen by file extension. */
    public enum Format { PNG, SVG }

    /** @return the format {@code file}'s extension asks for */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) return Format.SVG;
        if (name.endsWith(".png")) return Format.PNG;
        throw new IllegalArgumentException("unsupported figure file " + file + ": the name must end with .png or .svg");
    }
}
