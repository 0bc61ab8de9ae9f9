package org.rectransfer.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectransfer.analysis.Spread;
import org.rectransfer.eval.EvalResult;
import org.rectransfer.eval.PopularityScorer;
import org.rectransfer.eval.SampledEvaluation;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.SweepRunRecord;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;

/**
 * A stored sweep's Table 2: for every target with a finished baseline, its size after the filter,
 * the baseline's HR@k over seeds, and the item-popularity baseline on each baseline run's own split
 * and candidates (rebuilt from the run's stored settings), so a reader sees what the MLP adds.
 */
public final class TargetBaselines {
    private TargetBaselines() { }

    /**
     * @param store the workspace holding the sweep
     * @param sweep the sweep
     * @return one row per target in the sweep's order
     */
    public static List<TargetBaseline> of(Workspace store, StoredSweep sweep) {
        Map<String, List<double[]>> byTarget = new LinkedHashMap<>();
        for (SweepRunRecord record : sweep.runs()) {
            if (record.kind() != RunKind.BASELINE) continue;
            StoredRun run = store.run(record.runId())
                    .orElseThrow(() -> new IllegalStateException("sweep " + sweep.id() + " lists run " + record.runId() + ", which is gone"));
            PreparedDomain domain = StoredRunSettings.domain(run);
            int k = StoredRunSettings.of(run).training().k();
            EvalResult popularity = SampledEvaluation.evaluate(domain.split(), domain.candidates(),
                    new PopularityScorer(domain.split().train()), k);
            byTarget.computeIfAbsent(record.target(), t -> new ArrayList<>()).add(new double[] {
                domain.data().users(), domain.data().items(), domain.data().interactions(), record.hr(), popularity.hr()});
        }
        List<TargetBaseline> rows = new ArrayList<>();
        for (String target : sweep.spec().orderTargets(byTarget.keySet())) {
            List<double[]> seeds = byTarget.get(target);
            rows.add(new TargetBaseline(target, mean(seeds, 0), mean(seeds, 1), mean(seeds, 2), seeds.size(),
                    mean(seeds, 3), sd(seeds, 3), mean(seeds, 4), sd(seeds, 4)));
        }
        return rows;
    }

    private static double mean(List<double[]> rows, int column) {
        return Spread.mean(rows.stream().mapToDouble(row -> row[column]).toArray());
    }

    private static double sd(List<double[]> rows, int column) {
        return Spread.sampleSd(rows.stream().mapToDouble(row -> row[column]).toArray());
    }
}
