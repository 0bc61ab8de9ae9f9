package org.rectransfer.ui;

import java.io.IOException;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.rectransfer.report.PlotData;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.report.export.FigureExporter;

/**
 * Writes a figure the way the user chose ({@link ExportChoice}) and says what was written in one
 * line, for the status bar. No window: the views ask, this writes.
 */
final class FigureExport {
    private FigureExport() { }

    /**
     * @param chart the figure as shown
     * @param data  the numbers it plots
     * @return e.g. "Wrote /home/me/curves.png (1600 x 1200 px, 200 dpi) and curves.csv"
     * @throws IOException if a file cannot be written
     */
    static String write(JFreeChart chart, PlotData data, ExportChoice choice) throws IOException {
        FigureExporter exporter = new FigureExporter();
        ExportedFigure figure = exporter.write(chart, choice.file(), choice.size(), choice.dpi());
        String what = FigureExporter.formatOf(choice.file()) == FigureExporter.Format.SVG
                ? String.format(Locale.ROOT, "%.1f x %.1f in", choice.size().widthInches(), choice.size().heightInches())
                : String.format(Locale.ROOT, "%d x %d px, %d dpi", figure.widthPx(), figure.heightPx(), choice.dpi());
        String message = "Wrote " + choice.file().toAbsolutePath() + " (" + what + ")";
        if (choice.csv()) {
            exporter.writeCsv(data, choice.csvFile());
            message += " and " + choice.csvFile().getFileName();
        }
        return message;
    }

    /** @return {@code chart} as an image for the clipboard, at the dialog's default size */
    static java.awt.image.BufferedImage image(JFreeChart chart) {
        ExportChoice screen = new ExportChoice(java.nio.file.Path.of("clipboard.png"), ExportChoice.DEFAULT_WIDTH,
                ExportChoice.DEFAULT_HEIGHT, ExportChoice.DEFAULT_DPI, false);
        return new FigureExporter().render(chart, screen.size(), screen.dpi());
    }

    /** @return a file name from the figure's content: letters, digits, '-' and '.' only */
    static String fileName(String... parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank()) continue;
            if (!name.isEmpty()) name.append('-');
            name.append(part.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-+|-+$", ""));
        }
        return name.toString();
    }
}
