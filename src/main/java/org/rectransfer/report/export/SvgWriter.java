package org.rectransfer.report.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/** Draws a figure into an SVG document sized in points, so it prints at its size in inches. */
final class SvgWriter {
    private SvgWriter() { }

    /** @return the SVG document of {@code figure} at {@code size} */
    static String render(Drawable figure, FigureSize size) {
        double w = size.widthPoints();
        double h = size.heightPoints();
        SVGGraphics2D g = new SVGGraphics2D(w, h, SVGUnits.PT);
        figure.draw(g, new Rectangle2D.Double(0, 0, w, h));
        // The viewBox maps drawing units (points) onto the width and height in pt; without it
        // viewers read coordinates as px (96 per inch) and the figure fills only 3/4 of its box.
        // No DOCTYPE: SVG 1.1+ needs none, and it would make XML parsers fetch the DTD.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, w, h), null, null) + "\n";
    }

    /** Writes the SVG document of {@code figure} in UTF-8. */
    static void write(Drawable figure, FigureSize size, OutputStream out) throws IOException {
        out.write(render(figure, size).getBytes(StandardCharsets.UTF_8));
    }
}
