package org.rectransfer.cli;

import org.rectransfer.experiment.RunKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.report.CurveSeries;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.TrainingCurvesChart;
import org.rectransfer.store.StoredEpochs;
import org.rectransfer.store.StoredPlans;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;

/** {@code figure curves}: training loss and HR@k per epoch of one or more runs. */
final class CurvesFigure {
    private CurvesFigure() { }

    static Figure build(Workspace store, FigureRequest request) {
        List<String> runIds = List.copyOf(new LinkedHashSet<>(request.runs()));
        if (runIds.isEmpty()) throw new UsageException("figure curves needs --run ID[,ID...]");
        List<CurveSeries> loss = new ArrayList<>();
        List<CurveSeries> hr = new ArrayList<>();
        Set<Integer> ks = new LinkedHashSet<>();
        Set<String> domains = new LinkedHashSet<>();
        List<StoredRun> runs = new ArrayList<>();
        List<List<EpochMetrics>> epochsOf = new ArrayList<>();
        for (String id : runIds) {
            StoredRun run = FigureRuns.done(store, id);
            List<EpochMetrics> epochs = StoredEpochs.of(store, id);
            if (epochs.isEmpty()) throw new UsageException("run '" + id + "' recorded no epochs");
            runs.add(run);
            epochsOf.add(epochs);
            domains.add(run.domain());
            ks.add(StoredRunSettings.of(run).training().k());
        }
        // Converged runs rank the test items once, at the end: their learning curve is the validation HR.
        List<Boolean> testCurves = epochsOf.stream().map(epochs -> epochs.stream().anyMatch(e -> Double.isFinite(e.hr()))).toList();
        boolean mixed = testCurves.contains(true) && testCurves.contains(false);
        for (int r = 0; r < runs.size(); r++) {
            List<EpochMetrics> epochs = epochsOf.get(r);
            boolean testCurve = testCurves.get(r);
            double[] x = epochs.stream().mapToDouble(EpochMetrics::epoch).toArray();
            String label = label(store, runs.get(r));
            loss.add(new CurveSeries(label, x, epochs.stream().mapToDouble(EpochMetrics::loss).toArray()));
            hr.add(new CurveSeries(mixed && !testCurve ? label + " (validation)" : label, x,
                    epochs.stream().mapToDouble(testCurve ? EpochMetrics::hr : EpochMetrics::validationHr).toArray()));
        }
        StoredRun first = runs.get(0);
        String title = runIds.size() == 1 ? "Training curves, " + first.domain() + " (run " + first.id() + ")"
                : "Training curves, " + runIds.size() + " runs (" + String.join(", ", domains) + ")";
        String hrName = ks.size() == 1 ? "HR@" + ks.iterator().next() : "HR@k";
        String metric = mixed ? hrName + " (test; validation where marked)" : testCurves.get(0) ? hrName : "validation " + hrName;
        TrainingCurves curves = new TrainingCurves(title, metric, loss, hr);
        return new Figure(curves, new TrainingCurvesChart(ChartTheme.print()).create(curves));
    }

    /** "Office-t-9f3a1c (config-6)": the id, and what the run is (its plan for a transfer, else its kind). */
    static String label(Workspace store, StoredRun run) {
        String what = run.kind() == RunKind.TRANSFER ? StoredPlans.of(store, run.id()).orElse(run.kind().stored()) : run.kind().stored();
        return run.id() + " (" + what + ")";
    }
}
