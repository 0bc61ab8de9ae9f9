package org.rectransfer.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rectransfer.analysis.McNemar;
import org.rectransfer.analysis.PairedTTest;
import org.rectransfer.analysis.Spread;

/**
 * The gain tables of a sweep, one per source (paper, Tables 3-5): per target, the gain of each
 * configuration over the target's baseline, with spread over seeds and paired significance (both
 * p-values; {@link org.rectransfer.analysis.SignificanceRule} decides which one stars the gain).
 *
 * @param sources table rows by source, sources and targets in the sweep's order
 */
public record GainTable(Map<String, List<GainRow>> sources) {

    /** Builds the tables from a sweep's finished runs, in their order; targets without a baseline are left out. */
    public static GainTable of(List<SweepRunRecord> runs) {
        return of(runs, false);
    }

    /**
     * @param excludeCollapsed compare only the seeds whose baseline and transfer both learned
     *                         something; a cell whose runs all collapsed has no gain (NaN) but
     *                         still counts its collapsed runs
     */
    public static GainTable of(List<SweepRunRecord> runs, boolean excludeCollapsed) {
        Map<String, Map<Long, SweepRunRecord>> baselines = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Map<Long, SweepRunRecord>>>> transfers = new LinkedHashMap<>();
        for (SweepRunRecord run : runs) {
            if (run.kind() == RunKind.BASELINE) {
                baselines.computeIfAbsent(run.target(), t -> new TreeMap<>()).put(run.seed(), run);
            } else if (run.kind() == RunKind.TRANSFER) {
                transfers.computeIfAbsent(run.source(), s -> new LinkedHashMap<>())
                        .computeIfAbsent(run.target(), t -> new LinkedHashMap<>())
                        .computeIfAbsent(run.config(), c -> new TreeMap<>()).put(run.seed(), run);
            }
        }
        Map<String, List<GainRow>> tables = new LinkedHashMap<>();
        transfers.forEach((source, byTarget) -> {
            List<GainRow> rows = new ArrayList<>();
            byTarget.forEach((target, byConfig) -> {
                Map<Long, SweepRunRecord> base = baselines.get(target);
                if (base == null) return;
                List<GainCell> cells = new ArrayList<>();
                // In the order the runs list their configurations: a stored sweep's runs come in its order (SweepSpec.runOrder).
                byConfig.forEach((config, bySeed) -> cells.add(cell(config, base, bySeed, excludeCollapsed)));
                double[] baseHr = hrs(base, base);
                rows.add(new GainRow(target, Spread.mean(baseHr), Spread.sampleSd(baseHr), baseHr.length, cells));
            });
            tables.put(source, rows);
        });
        return new GainTable(tables);
    }

    /** Compares seed by seed, over the seeds both the baseline and the configuration have. */
    private static GainCell cell(String config, Map<Long, SweepRunRecord> allBase, Map<Long, SweepRunRecord> allRuns,
                                 boolean excludeCollapsed) {
        int collapsed = (int) allRuns.keySet().stream().filter(allBase::containsKey)
                .filter(seed -> allRuns.get(seed).collapsed()).count();
        Map<Long, SweepRunRecord> base = excludeCollapsed ? live(allBase) : allBase;
        Map<Long, SweepRunRecord> runs = excludeCollapsed ? live(allRuns) : allRuns;
        double[] configHr = hrs(runs, base);
        double[] baseHr = hrs(base, runs);
        if (configHr.length == 0) {
            return new GainCell(config, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, collapsed);
        }
        double baseMean = Spread.mean(baseHr);
        double[] perSeedGain = new double[configHr.length];
        for (int s = 0; s < configHr.length; s++) perSeedGain[s] = 100 * (configHr[s] - baseHr[s]) / baseHr[s];
        double pPairedT = configHr.length >= 2 ? PairedTTest.test(baseHr, configHr).p() : Double.NaN;
        return new GainCell(config, Spread.mean(configHr), 100 * (Spread.mean(configHr) - baseMean) / baseMean, Spread.sampleSd(perSeedGain),
                configHr.length, pPairedT, pMcNemar(base, runs), collapsed);
    }

    private static Map<Long, SweepRunRecord> live(Map<Long, SweepRunRecord> bySeed) {
        Map<Long, SweepRunRecord> live = new TreeMap<>();
        bySeed.forEach((seed, run) -> {
            if (!run.collapsed()) live.put(seed, run);
        });
        return live;
    }

    private static double[] hrs(Map<Long, SweepRunRecord> runs, Map<Long, SweepRunRecord> pairedWith) {
        return runs.keySet().stream().filter(pairedWith::containsKey).mapToDouble(seed -> runs.get(seed).hr()).toArray();
    }

    /**
     * McNemar over the users' hits of every seed both have, pooled; a seed whose two runs did not
     * record the same users' hits is left out. NaN when no user is left.
     */
    private static double pMcNemar(Map<Long, SweepRunRecord> base, Map<Long, SweepRunRecord> runs) {
        List<boolean[]> baseHits = new ArrayList<>();
        List<boolean[]> runHits = new ArrayList<>();
        for (Long seed : runs.keySet()) {
            if (!base.containsKey(seed)) continue;
            boolean[] b = base.get(seed).hits();
            boolean[] r = runs.get(seed).hits();
            if (b.length == 0 || b.length != r.length) continue;
            baseHits.add(b);
            runHits.add(r);
        }
        if (baseHits.isEmpty()) return Double.NaN;
        return McNemar.test(concat(baseHits), concat(runHits)).p();
    }

    private static boolean[] concat(List<boolean[]> parts) {
        boolean[] all = new boolean[parts.stream().mapToInt(part -> part.length).sum()];
        int at = 0;
        for (boolean[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

}
