package org.rectransfer.report.export;

import java.nio.file.Path;

/**
 * A written figure, as the {@code figure} command reports it.
 *
 * @param file     the file written
 * @param widthPx  its width in pixels (for SVG: in points, 72 per inch)
 * @param heightPx its height in pixels (for SVG: in points)
 */
public record ExportedFigure(Path file, int widthPx, int heightPx) { }
