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
 * on the shapes, not on the values. Each side gets warm-up steps before it is timed. Rates are
 * given per wall second and per CPU-second of the whole process (every thread, the JIT and the
 * collector included), which a shared machine's other work does not change much.
 */
public final class EngineBenchmark {
    private static final int WARMUP_STEPS = 20;
    private static final int EVAL_CANDIDATES = 100;
    private final double seconds;

    /** @param seconds how long each side is timed, at least */
    public EngineBenchmark(double seconds) {
        this.seconds = seconds;
    }

    /**
     * Measures the engine, and stock DL4J unless {@code dl4jRate} is given (it depends on neither
     * the engine's threads nor anything measured here, so one measurement serves every case).
     *
     * @param threads  the engine's threads, for training and for scoring users
     * @param dl4jRate DL4J's samples/s measured before for this shape and batch, NaN to measure it now,
     *                 null to leave DL4J out
     * @return the measurements of one case
     */
    public BenchResult run(BenchShape shape, int batch, int threads, Double dl4jRate) {
        NetworkSpec spec = NetworkSpec.withDefaults(shape.users(), shape.items());
        RandomBatches batches = new RandomBatches(shape, batch, 42);
        Rate engineRate;
        double evalMicros;
        try (NcfEngine engine = NcfEngine.initialised(spec, EngineConfig.defaults().withMaxBatch(batch).withThreads(threads), 1)) {
            engineRate = time(() -> engine.trainBatch(batches.users(), batches.items(), batches.labels(), batch), batches, batch);
            evalMicros = parallelEvalMicrosPerUser(engine, shape, threads);
        }
        double dl4j = dl4jRate == null ? Double.NaN : Double.isNaN(dl4jRate) ? dl4jRate(spec, shape, batch) : dl4jRate;
        double epochSeconds = shape.interactions() * 5.0 / engineRate.perWallSecond();
        double evalSeconds = shape.users() * evalMicros / 1e6;
        return new BenchResult(shape, batch, threads, engineRate.perWallSecond(), engineRate.perCpuSecond(), dl4j,
                evalMicros, evalSeconds / epochSeconds, flopsPerSample(spec));
    }

    /**
     * @return the floating-point operations of one training sample, forward and backward: each
     *         dense layer's product is done three times (output, input gradient, weight gradient),
     *         two operations per multiply-add; the embeddings' gathers and the biases are left out
     */
    public static long flopsPerSample(NetworkSpec spec) {
        long flops = 0;
        for (int k = 0; k < spec.denseCount(); k++) flops += 6L * spec.inputSize(k) * spec.outputSize(k);
        return flops;
    }

    private double dl4jRate(NetworkSpec spec, BenchShape shape, int batch) {
        RandomBatches batches = new RandomBatches(shape, batch, 42);
        Dl4jTrainer dl4j = new Dl4jTrainer(spec, TrainingPlan.of(AdamSettings.DEFAULT), 1, batch);
        return time(() -> dl4j.trainBatch(batches.users(), batches.items(), batches.labels()), batches, batch).perWallSecond();
    }

    /** Samples per wall second and per CPU-second of the process. */
    private record Rate(double perWallSecond, double perCpuSecond) { }

    /** @return the rate of {@code step} after warm-up, timed for at least {@code seconds} */
    private Rate time(Runnable step, RandomBatches batches, int batch) {
        for (int k = 0; k < WARMUP_STEPS; k++) {
            batches.next();
            step.run();
        }
        long steps = 0;
        long cpuStart = ProcessCpu.nanos();
        long start = System.nanoTime();
        long elapsed;
        do {
            batches.next();
            step.run();
            steps++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < seconds * 1e9 || steps < 5);
        long cpu = ProcessCpu.nanos() - cpuStart;
        double samples = steps * (double) batch;
        return new Rate(samples / (elapsed / 1e9), cpu > 0 ? samples / (cpu / 1e9) : Double.NaN);
    }

    /** @return wall time per user when {@code evalThreads} scorers work side by side */
    private double parallelEvalMicrosPerUser(NcfEngine engine, BenchShape shape, int evalThreads) {
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
