package org.rectransfer.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/** Walks combined plots, which JFreeChart keeps as a plot holding subplots. */
final class Plots {
    private Plots() { }

    /** @return {@code plot} if it is an XY plot, followed by its subplots, depth first */
    static List<XYPlot> xyPlots(Plot plot) {
        List<XYPlot> out = new ArrayList<>();
        collect(plot, out);
        return out;
    }

    private static void collect(Plot plot, List<XYPlot> out) {
        if (!(plot instanceof XYPlot xy)) return;
        out.add(xy);
        if (plot instanceof CombinedDomainXYPlot c) c.getSubplots().forEach(p -> collect(p, out));
        if (plot instanceof CombinedRangeXYPlot c) c.getSubplots().forEach(p -> collect(p, out));
    }
}
