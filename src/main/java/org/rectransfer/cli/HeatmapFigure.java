package org.rectransfer.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rectransfer.experiment.GainRow;
import org.rectransfer.experiment.GainTable;
import org.rectransfer.report.GainMatrix;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.GainHeatmapChart;
import org.rectransfer.store.SweepResults;
import org.rectransfer.store.Workspace;

/** {@code figure heatmap}: one source's gains (Tables 3-5) as a heatmap, targets by configurations. */
final class HeatmapFigure {
    private HeatmapFigure() { }

    static Figure build(Workspace store, FigureRequest request) {
        FigureSweeps sweep = FigureSweeps.load(store, request.sweep());
        GainTable table = GainTable.of(SweepResults.load(store, sweep.id()));
        Set<String> withRows = new LinkedHashSet<>();
        table.sources().forEach((source, rows) -> { if (!rows.isEmpty()) withRows.add(source); });
        String source = sweep.source(request.source(), withRows);
        GainMatrix matrix = matrix(source, table.sources().get(source), sweep);
        return new Figure(matrix, new GainHeatmapChart(ChartTheme.print()).create(matrix));
    }

    /** The configurations any target has, in the sweep's order; a missing cell is NaN, not significant. */
    static GainMatrix matrix(String source, List<GainRow> rows, FigureSweeps sweep) {
        List<String> configs = sweep.ordered(new LinkedHashSet<>(GainMatrix.configsOf(rows)));
        return GainMatrix.of(source, rows, configs);
    }
}
