package org.rectransfer.report.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

/** Draws a figure into an SVG document sized in points, so it prints at its size in inches. */
final class SvgWriter {
    private SvgWriter() { }

    /** @return the SVG document of {@code figure} at {@code size} */
    static String render(Drawable figure, FigureSize size) {
        SVGGraphics2D g = new SVGGraphics2D(size.widthPoints(), size.heightPoints(), SVGUnits.PT);
        figure.draw(g, new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints()));
        return g.getSVGDocument();
    }

    /** Writes the SVG document of {@code figure} in UTF-8. */
    static void write(Drawable figure, FigureSize size, OutputStream out) throws IOException {
        out.write(render(figure, size).getBytes(StandardCharsets.UTF_8));
    }
}
