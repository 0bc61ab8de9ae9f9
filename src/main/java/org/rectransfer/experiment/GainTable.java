package org.rectransfer.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rectransfer.analysis.McNemar;
import org.rectransfer.analysis.PairedTTest;

/**
 * The gain tables of a sweep, one per source (paper, Tables 3-5): per target, the gain of each
 * configuration over the target's baseline, with spread over seeds and paired significance.
 *
 * @param sources table rows by source, sources and targets in the sweep's order
 */
public record GainTable(Map<String, List<GainRow>> sources) {

    /** Builds the tables from a sweep's finished runs; targets without a baseline are left out. */
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
            if (run.kind().equals("baseline")) {
                baselines.computeIfAbsent(run.target(), t -> new TreeMap<>()).put(run.seed(), run);
            } else if (run.kind().equals("transfer")) {
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
                byConfig.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> cells.add(cell(e.getKey(), base, e.getValue(), excludeCollapsed)));
                rows.add(new GainRow(target, mean(hrs(base, base)), cells));
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
        double baseMean = mean(baseHr);
        double[] perSeedGain = new double[configHr.length];
        for (int s = 0; s < configHr.length; s++) perSeedGain[s] = 100 * (configHr[s] - baseHr[s]) / baseHr[s];
        double pSeeds = configHr.length >= 2 ? PairedTTest.test(baseHr, configHr).p() : Double.NaN;
        double pUsers = McNemar.test(pooledHits(base, runs), pooledHits(runs, base)).p();
        return new GainCell(config, mean(configHr), 100 * (mean(configHr) - baseMean) / baseMean, std(perSeedGain),
                configHr.length, pSeeds, pUsers, collapsed);
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

    private static boolean[] pooledHits(Map<Long, SweepRunRecord> runs, Map<Long, SweepRunRecord> pairedWith) {
        int size = 0;
        for (Long seed : runs.keySet()) if (pairedWith.containsKey(seed)) size += runs.get(seed).hits().length;
        boolean[] pooled = new boolean[size];
        int at = 0;
        for (Long seed : runs.keySet()) {
            if (!pairedWith.containsKey(seed)) continue;
            boolean[] hits = runs.get(seed).hits();
            System.arraycopy(hits, 0, pooled, at, hits.length);
            at += hits.length;
        }
        return pooled;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) sum += v;
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    private static double std(double[] values) {
        if (values.length < 2) return Double.NaN;
        double mean = mean(values);
        double squares = 0;
        for (double v : values) squares += (v - mean) * (v - mean);
        return Math.sqrt(squares / (values.length - 1));
    }
}
