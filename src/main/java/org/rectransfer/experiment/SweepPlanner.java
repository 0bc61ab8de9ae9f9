package org.rectransfer.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectransfer.data.io.DomainSource;

/** Lists a sweep's runs in two waves: sources and baselines first, then the transfers that need them. */
public final class SweepPlanner {
    private SweepPlanner() { }

    /** @return the tasks that need no other run: source pretraining and target baselines */
    public static List<SweepTask> firstWave(SweepSpec spec) {
        Map<String, SweepTask> tasks = new LinkedHashMap<>();
        for (long seed : spec.seeds()) {
            for (DomainSource source : spec.sources()) {
                long sourceSeed = spec.sourceSeedFor(seed);
                SweepTask task = new SweepTask(RunKind.SOURCE, source, null, "baseline", sourceSeed, sourceSeed);
                tasks.putIfAbsent(task.key(), task);
            }
            for (DomainSource target : spec.plannedTargets()) {
                SweepTask task = new SweepTask(RunKind.BASELINE, target, null, "baseline", seed, seed);
                tasks.putIfAbsent(task.key(), task);
            }
        }
        return new ArrayList<>(tasks.values());
    }

    /** @return the transfer runs */
    public static List<SweepTask> secondWave(SweepSpec spec) {
        List<SweepTask> tasks = new ArrayList<>();
        for (long seed : spec.seeds()) {
            for (DomainSource source : spec.sources()) {
                for (DomainSource target : spec.plannedTargets()) {
                    for (String config : spec.configs()) {
                        tasks.add(new SweepTask(RunKind.TRANSFER, target, source, config, seed, spec.sourceSeedFor(seed)));
                    }
                }
            }
        }
        return tasks;
    }
}
