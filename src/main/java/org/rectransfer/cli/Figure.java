package org.rectransfer.cli;

import java.util.Objects;
import org.jfree.chart.ui.Drawable;
import org.rectransfer.report.PlotData;

/**
 * What one figure kind builds: the drawing and the numbers it plots (for {@code --csv}).
 *
 * @param data     the plotted numbers
 * @param drawable the chart or grid of charts
 */
record Figure(PlotData data, Drawable drawable) {
    Figure {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(drawable, "drawable");
    }
}
