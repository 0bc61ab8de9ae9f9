package org.rectransfer.cli;

import java.util.List;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.TrainingCurvesChart;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.RunCurves;

/** {@code figure curves}: training loss and HR@k per epoch of one or more runs ({@link RunCurves}, as the workbench's Runs screen). */
final class CurvesFigure {
    private CurvesFigure() { }

    static Figure build(Workspace store, FigureRequest request) {
        List<String> runIds = request.runs();
        if (runIds.isEmpty()) throw new UsageException("figure curves needs --run ID[,ID...]");
        TrainingCurves curves;
        try {
            curves = RunCurves.of(store, runIds, RunCurves.Hr.TEST_FIRST);
        } catch (RunCurves.UnusableRunException e) {
            throw new UsageException(e.getMessage());
        }
        return new Figure(curves, new TrainingCurvesChart(ChartTheme.print()).create(curves));
    }
}
