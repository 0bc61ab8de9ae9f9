package org.rectransfer.cli;

import org.rectransfer.study.StoredSweep;
import java.util.LinkedHashSet;
import java.util.Set;
import org.rectransfer.experiment.GainTable;
import org.rectransfer.report.GainMatrix;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.GainHeatmapChart;
import org.rectransfer.store.Workspace;

/** {@code figure heatmap}: one source's gains (Tables 3-5) as a heatmap, targets by configurations. */
final class HeatmapFigure {
    private HeatmapFigure() { }

    static Figure build(Workspace store, FigureRequest request) {
        StoredSweep sweep = StoredSweep.open(store, request.sweep());
        GainTable table = sweep.gains(false);
        Set<String> withRows = new LinkedHashSet<>();
        table.sources().forEach((source, rows) -> { if (!rows.isEmpty()) withRows.add(source); });
        String source = sweep.source(request.source(), withRows);
        GainMatrix matrix = sweep.matrix(source, table.sources().get(source));
        return new Figure(matrix, new GainHeatmapChart(ChartTheme.print()).create(matrix));
    }
}
