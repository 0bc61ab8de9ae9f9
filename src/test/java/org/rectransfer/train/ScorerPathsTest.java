package org.rectransfer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rectransfer.model.NcfInitializer;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;

/**
 * The evaluation's vector path ({@link VectorScoring}: a candidate at a time, no transposes)
 * against the batch path ({@link ForwardPass#runForUser}) bit for bit: the scores of a run must
 * not depend on which one the JVM runs. Networks of the paper's shape and of odd widths (outputs
 * that are not whole vectors), trained a little so that no layer is at its initial values.
 */
class ScorerPathsTest {
    @Test
    void thePapersNetworkScoresTheSameBitsBothWays() {
        assertSameScores(NetworkSpec.withDefaults(300, 900), 11);
    }

    @Test
    void oddWidthsScoreTheSameBitsBothWays() {
        assertSameScores(new NetworkSpec(50, 120, 7, List.of(13, 9, 5, 3)), 12);
        assertSameScores(new NetworkSpec(50, 120, 20, List.of(40, 17)), 13);
        assertSameScores(new NetworkSpec(50, 120, 1, List.of(1)), 14);
    }

    @Test
    void theEnginesScorerFollowsTraining() {
        NetworkSpec spec = NetworkSpec.withDefaults(40, 60);
        try (NcfEngine engine = new NcfEngine(NcfInitializer.initialise(spec, 5), EngineConfig.defaults())) {
            int[] items = {0, 7, 59, 3};
            float[] before = new float[items.length];
            engine.score(2, items, before);
            trainSomeSteps(engine, spec, new SplittableRandom(9), 3);
            float[] after = new float[items.length];
            engine.score(2, items, after);
            float[] expected = new float[items.length];
            ForwardPass batch = new ForwardPass(engine.parameters(), 16);
            batch.runForUser(2, items, 0, items.length);
            System.arraycopy(batch.probabilities(), 0, expected, 0, items.length);
            assertThat(after).as("scores after three steps").isEqualTo(expected).isNotEqualTo(before);
        }
    }

    private static void assertSameScores(NetworkSpec spec, long seed) {
        NcfParameters params = NcfInitializer.initialise(spec, seed);
        SplittableRandom random = new SplittableRandom(seed);
        try (NcfEngine engine = new NcfEngine(params, EngineConfig.defaults())) {
            trainSomeSteps(engine, spec, random, 20);
        }
        int candidates = 101;
        ForwardPass batch = new ForwardPass(params, 64);      // chunks of 64, as a scorer of batch 64 does
        for (int user = 0; user < spec.users(); user += 7) {
            int[] items = new int[candidates];
            for (int i = 0; i < candidates; i++) items[i] = random.nextInt(spec.items());
            float[] expected = new float[candidates];
            for (int from = 0; from < candidates; from += 64) {
                int n = Math.min(64, candidates - from);
                batch.runForUser(user, items, from, n);
                System.arraycopy(batch.probabilities(), 0, expected, from, n);
            }
            float[] actual = new float[candidates];
            new NcfScorer(params, 64).score(user, items, candidates, actual);
            for (int i = 0; i < candidates; i++) {
                assertThat(Float.floatToRawIntBits(actual[i])).as("%s user %d item %d: %s vs %s", spec, user, items[i],
                        actual[i], expected[i]).isEqualTo(Float.floatToRawIntBits(expected[i]));
            }
        }
        if (KernelSelection.VECTOR) {
            assertThat(new NcfScorer(params, 64)).extracting("vector").as("the vector path ran").isNotNull();
        }
    }

    private static void trainSomeSteps(NcfEngine engine, NetworkSpec spec, SplittableRandom random, int steps) {
        int n = 32;
        int[] users = new int[n];
        int[] items = new int[n];
        float[] labels = new float[n];
        for (int s = 0; s < steps; s++) {
            for (int b = 0; b < n; b++) {
                users[b] = random.nextInt(spec.users());
                items[b] = random.nextInt(spec.items());
                labels[b] = b % 3 == 0 ? 1f : 0f;
            }
            engine.trainBatch(users, items, labels, n);
        }
    }

    @Test
    void theVectorPathRunsInTheTests() {
        assumeTrue(KernelSelection.VECTOR, "the Vector API module is in the test JVM (pom.xml)");
        assertThat(KernelSelection.vectorBits()).isIn(256, 512);
    }
}
