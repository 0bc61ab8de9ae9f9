package org.rectransfer.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectransfer.model.LayerName;
import org.rectransfer.model.NcfInitializer;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.model.TrainingPlan;

/**
 * The data-parallel step (issue 13): reproducible for a given thread count, and the same
 * arithmetic as one thread up to the order of float additions.
 */
class DataParallelStepTest {
    private static final NetworkSpec SPEC = new NetworkSpec(60, 90, 8, List.of(16, 8, 4, 2));
    private static final int BATCH = 64;
    private static final int STEPS = 30;

    @Test
    void twoThreadsTwiceGiveBitwiseTheSameParameters() {
        for (EmbeddingOptimizer optimizer : EmbeddingOptimizer.values()) {
            NcfParameters first = train(TrainingPlan.defaults(), optimizer, 2, STEPS);
            NcfParameters second = train(TrainingPlan.defaults(), optimizer, 2, STEPS);
            assertBitwiseEqual(first, second);
        }
    }

    @Test
    void threeThreadsWithARaggedLastBatchAreReproducibleToo() {
        assertBitwiseEqual(train(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM, 3, STEPS),
                train(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM, 3, STEPS));
    }

    /**
     * One batch's gradients with two threads against one thread. Each gradient element is a sum
     * over the batch's samples; two threads sum each half, then the halves, so only the rounding
     * of float additions differs: at most a few float ulps times the number of terms relative to
     * the terms' magnitude. Closeness measures elements below 1e-3 of their array's largest
     * absolute (their own rounding is a larger share of them when terms cancel). Measured: 8e-7;
     * the bound 1e-5 leaves a margin of ten while catching any real mistake (a lost slice or a
     * wrong 1/n is an error of order 1).
     */
    @Test
    void twoThreadsComputeTheOneThreadGradientUpToRounding() {
        Batch batch = Batch.random(SPEC, BATCH, 7);
        NcfParameters one = gradients(1, batch);
        NcfParameters two = gradients(2, batch);
        double worst = new Closeness(1e-3).measure(two, one).worst();
        assertThat(worst).isLessThan(1e-5);
    }

    /**
     * After many steps the parameters still agree closely: a rounding difference in a gradient
     * changes a parameter's Adam step by a similarly small fraction of the step (about lr), so
     * the drift stays tiny next to the parameters' scale. Measured after 30 steps: 2.3e-6
     * (Closeness floor 1e-2); bound 1e-4.
     */
    @Test
    void twoThreadsTrainLikeOneThread() {
        NcfParameters one = train(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM, 1, STEPS);
        NcfParameters two = train(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM, 2, STEPS);
        double worst = new Closeness(1e-2).measure(two, one).worst();
        assertThat(worst).isLessThan(1e-4);
    }

    @Test
    void frozenLayersStayFrozenAndTheLossIsTheBatchMean() {
        TrainingPlan plan = TrainingPlan.defaults().withFrozen(LayerName.fc(2)).withFrozen(LayerName.USER_EMBEDDING);
        NcfParameters start = NcfInitializer.initialise(SPEC, 5);
        Batch batch = Batch.random(SPEC, BATCH, 8);
        try (NcfEngine one = new NcfEngine(start.copy(), config(plan, EmbeddingOptimizer.LAZY_ADAM, 1));
             NcfEngine two = new NcfEngine(start.copy(), config(plan, EmbeddingOptimizer.LAZY_ADAM, 2))) {
            double lossOne = one.trainBatch(batch.users(), batch.items(), batch.labels(), batch.n());
            double lossTwo = two.trainBatch(batch.users(), batch.items(), batch.labels(), batch.n());
            assertThat(lossTwo).isCloseTo(lossOne, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(bits(two.parameters().userEmbedding())).containsExactly(bits(start.userEmbedding()));
            int fc2 = SPEC.denseIndex(LayerName.fc(2));
            assertThat(bits(two.parameters().weights(fc2))).containsExactly(bits(start.weights(fc2)));
        }
    }

    @Test
    void aBatchSmallerThanTheThreadsRunsOnFewerSlices() {
        NcfParameters start = NcfInitializer.initialise(SPEC, 5);
        Batch batch = Batch.random(SPEC, 1, 9);
        try (NcfEngine one = new NcfEngine(start.copy(), config(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM, 1));
             NcfEngine four = new NcfEngine(start.copy(), config(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM, 4))) {
            one.trainBatch(batch.users(), batch.items(), batch.labels(), 1);
            four.trainBatch(batch.users(), batch.items(), batch.labels(), 1);
            // One sample is one slice: the same additions in the same order as one thread.
            assertBitwiseEqual(four.parameters(), one.parameters());
        }
    }

    private static NcfParameters gradients(int threads, Batch batch) {
        try (NcfEngine engine = new NcfEngine(NcfInitializer.initialise(SPEC, 3),
                config(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM, threads))) {
            engine.computeGradients(batch.users(), batch.items(), batch.labels(), batch.n());
            return engine.gradientSnapshot();
        }
    }

    /** Trains {@code steps} batches, the last one shorter than the others (as an epoch's end). */
    private static NcfParameters train(TrainingPlan plan, EmbeddingOptimizer optimizer, int threads, int steps) {
        try (NcfEngine engine = new NcfEngine(NcfInitializer.initialise(SPEC, 3), config(plan, optimizer, threads))) {
            for (int s = 0; s < steps; s++) {
                Batch batch = Batch.random(SPEC, s == steps - 1 ? BATCH / 2 + 3 : BATCH, 100 + s);
                engine.trainBatch(batch.users(), batch.items(), batch.labels(), batch.n());
            }
            return engine.parameters().copy();
        }
    }

    private static EngineConfig config(TrainingPlan plan, EmbeddingOptimizer optimizer, int threads) {
        return new EngineConfig(plan, optimizer, BATCH, threads);
    }

    private static void assertBitwiseEqual(NcfParameters actual, NcfParameters expected) {
        assertThat(bits(actual.userEmbedding())).containsExactly(bits(expected.userEmbedding()));
        assertThat(bits(actual.itemEmbedding())).containsExactly(bits(expected.itemEmbedding()));
        for (int k = 0; k < SPEC.denseCount(); k++) {
            assertThat(bits(actual.weights(k))).containsExactly(bits(expected.weights(k)));
            assertThat(bits(actual.biases(k))).containsExactly(bits(expected.biases(k)));
        }
    }

    /** The values' bit patterns: equal floats may differ in bits (0 and -0), bitwise equality may not. */
    static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int j = 0; j < values.length; j++) {
            bits[j] = Float.floatToRawIntBits(values[j]);
        }
        return bits;
    }
}
