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
import org.rectransfer.experiment.RunSettings;
import org.rectransfer.experiment.TrainingSettings;
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
        // The seeds of a target share its data, split and candidates unless the split follows the seed
        // (--split-seed 0) or users are sampled per seed: read and score each distinct one once.
        Map<String, double[]> byData = new java.util.HashMap<>();
        for (SweepRunRecord record : sweep.runs()) {
            if (record.kind() != RunKind.BASELINE) continue;
            StoredRun run = store.run(record.runId())
                    .orElseThrow(() -> new IllegalStateException("sweep " + sweep.id() + " lists run " + record.runId() + ", which is gone"));
            RunSettings settings = StoredRunSettings.of(run);
            TrainingSettings training = settings.training();
            String data = run.dataFile() + "|" + settings.filter() + "|" + settings.read() + "|" + training.effectiveSplitSeed() + "|"
                    + training.holdOut() + "|" + training.evalNegatives() + "|" + training.k();
            double[] domain = byData.computeIfAbsent(data, key -> sizeAndPopularity(run, training.k()));
            byTarget.computeIfAbsent(record.target(), t -> new ArrayList<>())
                    .add(new double[] {domain[0], domain[1], domain[2], record.hr(), domain[3]});
        }
        List<TargetBaseline> rows = new ArrayList<>();
        for (String target : sweep.spec().orderTargets(byTarget.keySet())) {
            List<double[]> seeds = byTarget.get(target);
            rows.add(new TargetBaseline(target, mean(seeds, 0), mean(seeds, 1), mean(seeds, 2), seeds.size(),
                    mean(seeds, 3), sd(seeds, 3), mean(seeds, 4), sd(seeds, 4)));
        }
        return rows;
    }

    /** @return users, items and interactions of the run's domain, and item popularity's HR@k on its split */
    private static double[] sizeAndPopularity(StoredRun run, int k) {
        PreparedDomain domain = StoredRunSettings.domain(run);
        EvalResult popularity = SampledEvaluation.evaluate(domain.split(), domain.candidates(),
                new PopularityScorer(domain.split().train()), k);
        return new double[] {domain.data().users(), domain.data().items(), domain.data().interactions(), popularity.hr()};
    }

    private static double mean(List<double[]> rows, int column) {
        return Spread.mean(rows.stream().mapToDouble(row -> row[column]).toArray());
    }

    private static double sd(List<double[]> rows, int column) {
        return Spread.sampleSd(rows.stream().mapToDouble(row -> row[column]).toArray());
    }
}
