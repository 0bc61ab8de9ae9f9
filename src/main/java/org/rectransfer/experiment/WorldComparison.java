package org.rectransfer.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.rectransfer.analysis.PairedTTest;
import org.rectransfer.analysis.TestResult;

/**
 * Does transfer help more within a hidden world than across worlds? For synthetic domains the
 * generator knows each domain's world, so every (source, target) transfer of a sweep is either
 * same-world or other-world. Per configuration and seed, the mean gain of the same-world
 * transfers minus the mean gain of the other-world transfers is the world effect; it is tested
 * against zero over seeds (a paired t of same against other). With the world control
 * ({@code data synth --world-control}) every target has a same-world and an other-world source
 * of equal size, so the effect is free of the targets' and the sources' own difficulty; in the
 * sample study (all sources in one world) it compares related with unrelated targets.
 *
 * <p>Gains are per seed, {@code (HR - HR_baseline) / HR_baseline x 100}; collapsed runs (and
 * seeds whose baseline collapsed) are left out, as they measure a dead network, not a world.
 */
public final class WorldComparison {

    /**
     * The world effect of one configuration, or of all of them ({@code config = "all"}, per-seed
     * effects averaged over the configurations first so that the seeds stay independent).
     *
     * @param config     the preset, or {@code all}
     * @param sameGain   mean gain (%) of same-world transfers, over the seeds with both kinds
     * @param otherGain  mean gain (%) of other-world transfers, over the same seeds
     * @param effect     sameGain - otherGain, in percentage points
     * @param seeds      the seeds with at least one live same-world and one other-world transfer
     * @param test       paired t over those seeds of same-world against other-world gain
     */
    public record Row(String config, double sameGain, double otherGain, double effect, int seeds, TestResult test) { }

    private WorldComparison() { }

    /**
     * @param runs    a sweep's finished runs
     * @param worldOf the hidden world of a domain, empty when unknown (such domains are skipped)
     * @return a row per configuration in name order, then the {@code all} row; empty when no seed
     *         has both a same-world and an other-world transfer
     */
    public static List<Row> of(List<SweepRunRecord> runs, Function<String, Optional<String>> worldOf) {
        Map<String, Map<Long, SweepRunRecord>> baselines = new TreeMap<>();
        for (SweepRunRecord run : runs) {
            if (run.kind() == RunKind.BASELINE && !run.collapsed()) {
                baselines.computeIfAbsent(run.target(), t -> new TreeMap<>()).put(run.seed(), run);
            }
        }
        // config -> seed -> [same-world gains, other-world gains]
        Map<String, Map<Long, List<List<Double>>>> gains = new TreeMap<>();
        for (SweepRunRecord run : runs) {
            if (run.kind() != RunKind.TRANSFER || run.collapsed()) continue;
            Optional<String> sourceWorld = worldOf.apply(run.source());
            Optional<String> targetWorld = worldOf.apply(run.target());
            SweepRunRecord base = baselines.getOrDefault(run.target(), Map.of()).get(run.seed());
            if (sourceWorld.isEmpty() || targetWorld.isEmpty() || base == null || !(base.hr() > 0)) continue;
            double gain = 100 * (run.hr() - base.hr()) / base.hr();
            int kind = sourceWorld.get().equals(targetWorld.get()) ? 0 : 1;
            gains.computeIfAbsent(run.config(), c -> new TreeMap<>())
                    .computeIfAbsent(run.seed(), s -> List.of(new ArrayList<>(), new ArrayList<>()))
                    .get(kind).add(gain);
        }
        List<Row> rows = new ArrayList<>();
        Map<Long, List<double[]>> perSeedAcrossConfigs = new TreeMap<>();
        gains.forEach((config, bySeed) -> {
            List<Double> same = new ArrayList<>();
            List<Double> other = new ArrayList<>();
            bySeed.forEach((seed, kinds) -> {
                if (kinds.get(0).isEmpty() || kinds.get(1).isEmpty()) return;
                double[] pair = {mean(kinds.get(0)), mean(kinds.get(1))};
                same.add(pair[0]);
                other.add(pair[1]);
                perSeedAcrossConfigs.computeIfAbsent(seed, s -> new ArrayList<>()).add(pair);
            });
            if (!same.isEmpty()) rows.add(row(config, same, other));
        });
        if (rows.isEmpty()) return List.of();
        List<Double> same = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (List<double[]> pairs : perSeedAcrossConfigs.values()) {
            same.add(pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow());
            other.add(pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow());
        }
        rows.add(row("all", same, other));
        return List.copyOf(rows);
    }

    /** @return the worlds that occur among the sweep's domains (for messages) */
    public static TreeSet<String> worlds(List<SweepRunRecord> runs, Function<String, Optional<String>> worldOf) {
        TreeSet<String> worlds = new TreeSet<>();
        for (SweepRunRecord run : runs) {
            worldOf.apply(run.target()).ifPresent(worlds::add);
            if (run.source() != null) worldOf.apply(run.source()).ifPresent(worlds::add);
        }
        return worlds;
    }

    private static Row row(String config, List<Double> same, List<Double> other) {
        double[] s = same.stream().mapToDouble(Double::doubleValue).toArray();
        double[] o = other.stream().mapToDouble(Double::doubleValue).toArray();
        double sameMean = mean(same);
        double otherMean = mean(other);
        return new Row(config, sameMean, otherMean, sameMean - otherMean, s.length, PairedTTest.test(o, s));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
