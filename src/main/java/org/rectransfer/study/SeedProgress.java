package org.rectransfer.study;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The progress of a lab run over its seeds, each with three models: the overall fraction done and
 * one status line saying what each seed is doing. Thread-safe: the seeds' threads report to it.
 */
final class SeedProgress {
    private final double[][] done;
    private final String[] stages;

    /** @param seeds the number of seeds, numbered 1..seeds */
    SeedProgress(int seeds) {
        done = new double[seeds][ModelRole.values().length];
        stages = new String[seeds];
        Arrays.fill(stages, "waiting");
    }

    /**
     * @param fraction how much of the model {@code series} of {@code seed} is done, 0..1
     * @return the fraction of the whole run done, 0..1
     */
    synchronized double set(long seed, ModelRole series, double fraction) {
        done[index(seed)][series.ordinal()] = Math.max(0, Math.min(1, fraction));
        return Arrays.stream(done).flatMapToDouble(Arrays::stream).sum() / (done.length * (double) done[0].length);
    }

    /** @return the status line after {@code seed} started {@code stage}, e.g. "Seed 1: transfer epoch 3 · 2: baseline" */
    synchronized String stage(long seed, String stage) {
        stages[index(seed)] = stage;
        return IntStream.range(0, stages.length).mapToObj(i -> (i + 1) + ": " + stages[i])
                .collect(Collectors.joining(" · ", stages.length == 1 ? "Seed " : "Seeds ", ""));
    }

    private int index(long seed) {
        return (int) seed - 1;
    }
}
