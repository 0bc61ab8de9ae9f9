package org.rectransfer.experiment;

import java.util.SplittableRandom;
import org.rectransfer.model.AdamSettings;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.model.TrainingPlan;
import org.rectransfer.train.Dl4jTrainer;
import org.rectransfer.train.EngineConfig;
import org.rectransfer.train.NcfEngine;
import org.rectransfer.train.NcfScorer;

/**
 * Measures the fast engine against stock DL4J in one process, on the same network, batch size
 * and optimiser, with uniformly random (user, item, label) batches: the per-step cost depends
 * on the shapes, not on the values. Each side gets warm-up steps before it is timed.
 */
public final class EngineBenchmark {
    private static final int WARMUP_STEPS = 20;
    private static final int EVAL_CANDIDATES = 100;
    private final int batch;
    private final double seconds;
    private final int evalThreads;

    /**
     * @param batch       the batch size (the paper: 256)
     * @param seconds     how long each side is timed, at least
     * @param evalThreads threads scoring users in parallel, as {@code train --threads} does
     */
    public EngineBenchmark(int batch, double seconds, int evalThreads) {
        this.batch = batch;
        this.seconds = seconds;
        this.evalThreads = evalThreads;
    }

    /** @return the measurements on {@code shape} */
    public BenchResult run(BenchShape shape) {
        NetworkSpec spec = NetworkSpec.withDefaults(shape.users(), shape.items());
        RandomBatches batches = new RandomBatches(shape, batch, 42);
        NcfEngine engine = NcfEngine.initialised(spec, EngineConfig.defaults().withMaxBatch(batch), 1);
        double engineRate = time(() -> engine.trainBatch(batches.users(), batches.items(), batches.labels(), batch), batches);
        Dl4jTrainer dl4j = new Dl4jTrainer(spec, TrainingPlan.of(AdamSettings.DEFAULT), 1, batch);
        double dl4jRate = time(() -> dl4j.trainBatch(batches.users(), batches.items(), batches.labels()), batches);
        double evalMicros = parallelEvalMicrosPerUser(engine, shape);
        double epochSeconds = shape.interactions() * 5.0 / engineRate;
        double evalSeconds = shape.users() * evalMicros / 1e6;
        return new BenchResult(shape, batch, engineRate, dl4jRate, evalMicros, evalSeconds / epochSeconds);
    }

    /** @return samples per second of {@code step} after warm-up, timed for at least {@code seconds} */
    private double time(Runnable step, RandomBatches batches) {
        for (int k = 0; k < WARMUP_STEPS; k++) {
            batches.next();
            step.run();
        }
        long steps = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            batches.next();
            step.run();
            steps++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < seconds * 1e9 || steps < 5);
        return steps * (double) batch / (elapsed / 1e9);
    }

    /** @return wall time per user when {@code evalThreads} scorers work side by side */
    private double parallelEvalMicrosPerUser(NcfEngine engine, BenchShape shape) {
        if (evalThreads <= 1) return evalMicrosPerUser(engine.newScorer(), shape, 7);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(evalThreads);
        try {
            java.util.List<java.util.concurrent.Future<Double>> parts = new java.util.ArrayList<>();
            for (int t = 0; t < evalThreads; t++) {
                int seed = 7 + t;
                parts.add(pool.submit(() -> evalMicrosPerUser(engine.newScorer(), shape, seed)));
            }
            double usersPerMicro = 0;
            for (java.util.concurrent.Future<Double> part : parts) usersPerMicro += 1 / part.get();
            return 1 / usersPerMicro;
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("evaluation benchmark failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private double evalMicrosPerUser(NcfScorer scorer, BenchShape shape, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] items = new int[EVAL_CANDIDATES];
        float[] scores = new float[EVAL_CANDIDATES];
        long users = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (int k = 0; k < EVAL_CANDIDATES; k++) items[k] = random.nextInt(shape.items());
            scorer.score(random.nextInt(shape.users()), items, EVAL_CANDIDATES, scores);
            users++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < seconds * 1e9 / 2 || users < 100);
        return elapsed / 1e3 / users;
    }

    /** Uniform random batches with one positive in five, as with four sampled negatives. */
    private static final class RandomBatches {
        private final BenchShape shape;
        private final SplittableRandom random;
        private final int[] users;
        private final int[] items;
        private final float[] labels;

        RandomBatches(BenchShape shape, int batch, long seed) {
            this.shape = shape;
            this.random = new SplittableRandom(seed);
            this.users = new int[batch];
            this.items = new int[batch];
            this.labels = new float[batch];
        }

        void next() {
            for (int b = 0; b < users.length; b++) {
                users[b] = random.nextInt(shape.users());
                items[b] = random.nextInt(shape.items());
                labels[b] = b % 5 == 0 ? 1f : 0f;
            }
        }

        int[] users() { return users; }

        int[] items() { return items; }

        float[] labels() { return labels; }
    }
}
