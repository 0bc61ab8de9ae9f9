package org.rectransfer.cli;

import org.rectransfer.analysis.ImportanceResult;
import org.rectransfer.report.NeuronImportance;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.NeuronImportanceChart;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;

/** {@code figure importance}: Fig. 2, the erasure importance of every FC neuron of one run's model. */
final class ImportanceFigure {
    /** Sampled negatives per user among the erasure samples, as {@code analyze importance} defaults to. */
    private static final int NEGATIVES = 4;

    private ImportanceFigure() { }

    static Figure build(Workspace store, FigureRequest request) {
        String runId = request.singleRun("importance");
        StoredRun run = FigureRuns.done(store, runId);
        ImportanceResult result = AnalyzeImportanceCommand.compute(store, runId, NEGATIVES);
        NeuronImportance data = NeuronImportance.of(result, "Neuron importance, " + run.domain() + " (run " + runId + ")");
        return new Figure(data, new NeuronImportanceChart(ChartTheme.print()).create(data));
    }
}
