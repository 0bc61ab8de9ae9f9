package org.rectransfer.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.RunStatus;
import org.rectransfer.report.CurveSeries;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.store.StoredEpochs;
import org.rectransfer.store.StoredPlans;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;

/**
 * The training curves of stored runs, one curve per run: the training loss and the HR@k of each
 * epoch, read back from the workspace's epochs. The one assembly behind {@code figure curves} and
 * the workbench's Runs screen, so both draw the same curves with the same labels.
 */
public final class RunCurves {
    /**
     * Which HR a run's curve shows. A converged run ranks its test items once, at the end: its
     * learning curve is the validation HR; {@code --eval-every N} records the test HR of epochs as
     * well, and a run without early stopping has the test HR only. When the runs drawn together
     * differ, the curves that are not of the preferred kind are marked in the legend.
     */
    public enum Hr {
        /** The test HR where the run recorded it, else the validation HR ({@code figure curves}). */
        TEST_FIRST,
        /** The validation HR where the run recorded it, else the test HR (the lab and the Runs screen). */
        VALIDATION_FIRST
    }

    private RunCurves() { }

    /**
     * @param store      the workspace
     * @param runIds     the runs, in the order to draw them (an id given twice is drawn once)
     * @param preference which HR a run that recorded both shows
     * @return the loss and HR curves of the runs
     * @throws UnusableRunException when a run is missing, not done, or recorded no epochs
     */
    public static TrainingCurves of(Workspace store, List<String> runIds, Hr preference) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(runIds));
        if (ids.isEmpty()) throw new IllegalArgumentException("no runs to draw");
        List<CurveSeries> loss = new ArrayList<>();
        List<CurveSeries> hr = new ArrayList<>();
        Set<Integer> ks = new LinkedHashSet<>();
        Set<String> domains = new LinkedHashSet<>();
        List<StoredRun> runs = new ArrayList<>();
        List<List<EpochMetrics>> epochsOf = new ArrayList<>();
        for (String id : ids) {
            StoredRun run = finished(store, id);
            List<EpochMetrics> epochs = StoredEpochs.of(store, id);
            if (epochs.isEmpty()) throw new UnusableRunException("run '" + id + "' recorded no epochs");
            runs.add(run);
            epochsOf.add(epochs);
            domains.add(run.domain());
            ks.add(StoredRunSettings.of(run).training().k());
        }
        boolean testFirst = preference == Hr.TEST_FIRST;
        ToDoubleFunction<EpochMetrics> preferred = testFirst ? EpochMetrics::hr : EpochMetrics::validationHr;
        ToDoubleFunction<EpochMetrics> other = testFirst ? EpochMetrics::validationHr : EpochMetrics::hr;
        List<Boolean> hasPreferred = epochsOf.stream().map(epochs -> epochs.stream().anyMatch(e -> Double.isFinite(preferred.applyAsDouble(e))))
                .toList();
        boolean mixed = hasPreferred.contains(true) && hasPreferred.contains(false);
        for (int r = 0; r < runs.size(); r++) {
            List<EpochMetrics> epochs = epochsOf.get(r);
            boolean usesPreferred = hasPreferred.get(r);
            double[] x = epochs.stream().mapToDouble(EpochMetrics::epoch).toArray();
            String label = label(store, runs.get(r));
            loss.add(new CurveSeries(label, x, epochs.stream().mapToDouble(EpochMetrics::loss).toArray()));
            String marked = mixed && !usesPreferred ? label + (testFirst ? " (validation)" : " (test)") : label;
            hr.add(new CurveSeries(marked, x, epochs.stream().mapToDouble(usesPreferred ? preferred : other).toArray()));
        }
        StoredRun first = runs.get(0);
        String title = ids.size() == 1 ? "Training curves, " + first.domain() + " (run " + first.id() + ")"
                : "Training curves, " + ids.size() + " runs (" + String.join(", ", domains) + ")";
        String hrName = ks.size() == 1 ? "HR@" + ks.iterator().next() : "HR@k";
        String test = hrName;
        String validation = "validation " + hrName;
        String metric = mixed ? (testFirst ? hrName + " (test; validation where marked)" : validation + " (test where marked)")
                : hasPreferred.get(0) == testFirst ? test : validation;
        return new TrainingCurves(title, metric, loss, hr);
    }

    /** "Office-t-9f3a1c (config-6)": the id, and what the run is (its plan for a transfer, else its kind). */
    public static String label(Workspace store, StoredRun run) {
        String what = run.kind() == RunKind.TRANSFER ? StoredPlans.of(store, run.id()).orElse(run.kind().stored()) : run.kind().stored();
        return run.id() + " (" + what + ")";
    }

    /**
     * @return the run {@code id}, which is done (a run's epochs and model are stored when it completes)
     * @throws UnusableRunException when the workspace has no such run or it is not done
     */
    public static StoredRun finished(Workspace store, String id) {
        StoredRun run = store.run(id).orElseThrow(() -> new UnusableRunException("no run '" + id + "' in workspace " + store.dir()));
        if (run.status() != RunStatus.DONE) throw new UnusableRunException("run '" + id + "' is " + run.status() + ", not done");
        return run;
    }

    /** A run that cannot be drawn (missing, not done, no epochs): bad input, reported in one line. */
    public static final class UnusableRunException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnusableRunException(String message) {
            super(message);
        }
    }
}
