package org.rectransfer.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rectransfer.experiment.GainCell;
import org.rectransfer.experiment.GainRow;
import org.rectransfer.experiment.GainTable;
import org.rectransfer.report.ScarcityCurves;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.ScarcityChart;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.StoredSweep;

/** {@code figure scarcity}: gain against the share of each target's users kept, a panel per target (a sweep with --target-fraction). */
final class ScarcityFigure {
    private ScarcityFigure() { }

    static Figure build(Workspace store, FigureRequest request) {
        StoredSweep sweep = StoredSweep.open(store, request.sweep());
        if (sweep.spec().targetFractions().size() < 2) {
            throw new UsageException("sweep " + sweep.id() + " trains on whole targets only: figure scarcity needs a sweep run with"
                    + " --target-fraction (two shares or more)");
        }
        GainTable table = sweep.gains(false);
        Set<String> withRows = new LinkedHashSet<>();
        table.sources().forEach((source, rows) -> { if (!rows.isEmpty()) withRows.add(source); });
        String source = sweep.source(request.source(), withRows);
        List<GainRow> rows = table.sources().get(source);
        Set<String> present = new LinkedHashSet<>();
        rows.forEach(row -> row.cells().stream().map(GainCell::config).forEach(present::add));
        List<String> configs = request.configs().isEmpty() ? sweep.spec().orderConfigs(present) : request.configs();
        for (String config : configs) {
            if (!present.contains(config)) {
                throw new UsageException("no config '" + config + "' in sweep " + sweep.id() + " (configs: "
                        + String.join(", ", sweep.spec().orderConfigs(present)) + ")");
            }
        }
        ScarcityCurves curves = ScarcityCurves.of(sweep.spec(), source, rows, configs);
        int columns = curves.targets().size() <= 1 ? 1 : 2;
        return new Figure(curves, new ScarcityChart(ChartTheme.print().scaled(0.8)).grid(curves, columns));
    }
}
