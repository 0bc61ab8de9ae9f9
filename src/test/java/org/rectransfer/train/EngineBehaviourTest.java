package org.rectransfer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rectransfer.model.AdamSettings;
import org.rectransfer.model.LayerName;
import org.rectransfer.model.NcfInitializer;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.model.TrainingPlan;

/** What the engine promises beyond matching DL4J: sparse updates, freezing, scoring. */
class EngineBehaviourTest {
    private static final NetworkSpec SPEC = new NetworkSpec(50, 80, 8, List.of(16, 8, 4, 2));
    private static final int BATCH = 32;

    @Test
    void lazyAdamTouchesOnlyTheBatchRows() {
        NcfEngine engine = engine(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM);
        Batch first = Batch.random(SPEC, BATCH, 1);
        engine.trainBatch(first.users(), first.items(), first.labels(), first.n());
        NcfParameters before = engine.parameters().copy();
        Batch second = batchAvoiding(first, 2);

        engine.computeGradients(second.users(), second.items(), second.labels(), second.n());
        NcfParameters gradient = engine.gradientSnapshot();
        engine.applyGradients();

        // A row moves iff its gradient is non-zero (rows new to Adam have zero moments; with
        // this narrow tower some samples have every path through FC4 switched off).
        Set<Integer> users = nonZeroRows(gradient.userEmbedding());
        Set<Integer> items = nonZeroRows(gradient.itemEmbedding());
        assertThat(rows(second.users())).containsAll(users);
        assertThat(rows(second.items())).containsAll(items);
        assertThat(users).isNotEmpty();
        assertThat(items).isNotEmpty();
        assertRowsChangedExactly(before.userEmbedding(), engine.parameters().userEmbedding(), users);
        assertRowsChangedExactly(before.itemEmbedding(), engine.parameters().itemEmbedding(), items);
    }

    @Test
    void denseAdamKeepsMovingRowsOutsideTheBatch() {
        NcfEngine engine = engine(TrainingPlan.defaults(), EmbeddingOptimizer.DENSE_ADAM);
        Batch first = Batch.random(SPEC, BATCH, 1);
        engine.computeGradients(first.users(), first.items(), first.labels(), first.n());
        Set<Integer> moving = nonZeroRows(engine.gradientSnapshot().userEmbedding());
        engine.applyGradients();
        NcfParameters before = engine.parameters().copy();
        Batch second = batchAvoiding(first, 2);

        engine.trainBatch(second.users(), second.items(), second.labels(), second.n());

        // Rows of the first batch only: their momentum moves them although their gradient is 0.
        assertThat(moving).isNotEmpty().doesNotContainAnyElementsOf(rows(second.users()));
        for (int row : moving) {
            assertThat(row(engine.parameters().userEmbedding(), row)).isNotEqualTo(row(before.userEmbedding(), row));
        }
    }

    @Test
    void lazyAndDenseAdamTakeTheSameFirstStep() {
        NcfEngine lazy = engine(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM);
        NcfEngine dense = engine(TrainingPlan.defaults(), EmbeddingOptimizer.DENSE_ADAM);
        Batch batch = Batch.random(SPEC, BATCH, 5);

        lazy.trainBatch(batch.users(), batch.items(), batch.labels(), batch.n());
        dense.trainBatch(batch.users(), batch.items(), batch.labels(), batch.n());

        // Zero moments give a zero step, so rows outside the batch stay put in both modes.
        assertThat(lazy.parameters().sameValues(dense.parameters())).isTrue();
    }

    @Test
    void lazyAdamMatchesDenseAdamOnRowsPresentInEveryBatch() {
        NcfEngine lazy = engine(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM);
        NcfEngine dense = engine(TrainingPlan.defaults(), EmbeddingOptimizer.DENSE_ADAM);
        Batch batch = Batch.random(SPEC, BATCH, 6);

        for (int step = 0; step < 3; step++) {
            lazy.trainBatch(batch.users(), batch.items(), batch.labels(), batch.n());
            dense.trainBatch(batch.users(), batch.items(), batch.labels(), batch.n());
        }

        // Same batch every step: the rows it uses see the same gradients and moments either way.
        for (int user : rows(batch.users())) {
            assertThat(row(lazy.parameters().userEmbedding(), user))
                    .containsExactly(row(dense.parameters().userEmbedding(), user));
        }
        for (int item : rows(batch.items())) {
            assertThat(row(lazy.parameters().itemEmbedding(), item))
                    .containsExactly(row(dense.parameters().itemEmbedding(), item));
        }
        assertThat(lazy.parameters().weights(0)).containsExactly(dense.parameters().weights(0));
    }

    @Test
    void frozenLayerKeepsItsWeightsWhileTheLayersBelowTrain() {
        NcfEngine engine = engine(TrainingPlan.defaults().withFrozen(LayerName.fc(3)), EmbeddingOptimizer.LAZY_ADAM);
        NcfParameters before = engine.parameters().copy();

        trainSteps(engine, 5);

        NcfParameters after = engine.parameters();
        assertThat(after.weights(LayerName.fc(3))).containsExactly(before.weights(LayerName.fc(3)));
        assertThat(after.biases(LayerName.fc(3))).containsExactly(before.biases(LayerName.fc(3)));
        for (LayerName below : List.of(LayerName.fc(1), LayerName.fc(2))) {
            assertThat(after.weights(below)).as(below.id()).isNotEqualTo(before.weights(below));
        }
        assertThat(after.userEmbedding()).isNotEqualTo(before.userEmbedding());
        assertThat(after.itemEmbedding()).isNotEqualTo(before.itemEmbedding());
        assertThat(after.weights(LayerName.OUT)).isNotEqualTo(before.weights(LayerName.OUT));
    }

    @Test
    void embeddingsTrainThroughAFullyFrozenTower() {
        TrainingPlan plan = TrainingPlan.defaults().withFrozen(LayerName.fc(1), LayerName.fc(2),
                LayerName.fc(3), LayerName.fc(4), LayerName.OUT);
        NcfEngine engine = engine(plan, EmbeddingOptimizer.LAZY_ADAM);
        NcfParameters before = engine.parameters().copy();

        trainSteps(engine, 3);

        for (LayerName layer : SPEC.denseLayers()) {
            assertThat(engine.parameters().weights(layer)).containsExactly(before.weights(layer));
        }
        assertThat(engine.parameters().itemEmbedding()).isNotEqualTo(before.itemEmbedding());
    }

    @Test
    void everythingFrozenChangesNothing() {
        TrainingPlan plan = TrainingPlan.defaults();
        for (LayerName layer : SPEC.allLayers()) {
            plan = plan.withFrozen(layer);
        }
        NcfEngine engine = engine(plan, EmbeddingOptimizer.LAZY_ADAM);
        NcfParameters before = engine.parameters().copy();

        trainSteps(engine, 3);

        assertThat(engine.parameters().sameValues(before)).isTrue();
        assertThat(engine.steps()).isEqualTo(3);
    }

    @Test
    void trainingLearnsALearnableTask() {
        NcfEngine engine = engine(TrainingPlan.of(AdamSettings.DEFAULT.withLearningRate(0.01)),
                EmbeddingOptimizer.LAZY_ADAM);
        Batch fixed = Batch.random(SPEC, BATCH, 9);
        double initial = engine.loss(fixed.users(), fixed.items(), fixed.labels(), fixed.n());

        for (int step = 0; step < 300; step++) {
            engine.trainBatch(fixed.users(), fixed.items(), fixed.labels(), fixed.n());
        }

        assertThat(engine.loss(fixed.users(), fixed.items(), fixed.labels(), fixed.n())).isLessThan(initial / 2);
    }

    @Test
    void scoringPathsAgreeWithTheTrainingForwardPass() {
        NcfEngine engine = engine(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM);
        trainSteps(engine, 20);
        int user = 7;
        int[] items = new int[300];
        int[] users = new int[300];
        for (int j = 0; j < items.length; j++) {
            items[j] = j % SPEC.items();
            users[j] = user;
        }
        float[] perUser = new float[items.length];
        float[] perPair = new float[items.length];

        engine.score(user, items, perUser);
        engine.score(users, items, items.length, perPair);

        for (int j = 0; j < items.length; j++) {
            assertThat(perUser[j]).isCloseTo(perPair[j], within(1e-6f));
        }
        float[] labels = new float[items.length];
        double expectedLoss = 0;
        for (float p : perPair) {
            expectedLoss -= Math.log(1 - Math.min(Math.max(p, 1e-5f), 1 - 1e-5f));
        }
        assertThat(engine.loss(users, items, labels, items.length))
                .isCloseTo(expectedLoss / items.length, within(1e-6));
    }

    @Test
    void lossEqualsTheLossOfTheGradientPass() {
        NcfEngine engine = engine(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM);
        Batch batch = Batch.random(SPEC, BATCH, 4);

        double evaluated = engine.loss(batch.users(), batch.items(), batch.labels(), batch.n());

        assertThat(engine.computeGradients(batch.users(), batch.items(), batch.labels(), batch.n()))
                .isEqualTo(evaluated);
    }

    @Test
    void rejectsBatchesLargerThanTheBuffers() {
        NcfEngine engine = engine(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM);
        Batch batch = Batch.random(SPEC, BATCH + 1, 4);

        assertThatThrownBy(() -> engine.trainBatch(batch.users(), batch.items(), batch.labels(), batch.n()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(engine::applyGradients).isInstanceOf(IllegalStateException.class);
    }

    private static NcfEngine engine(TrainingPlan plan, EmbeddingOptimizer optimizer) {
        NcfParameters params = NcfInitializer.initialise(SPEC, 42);
        return new NcfEngine(params, new EngineConfig(plan, optimizer, BATCH));
    }

    private static void trainSteps(NcfEngine engine, int steps) {
        for (int step = 0; step < steps; step++) {
            Batch batch = Batch.random(SPEC, BATCH, 1000 + step);
            engine.trainBatch(batch.users(), batch.items(), batch.labels(), batch.n());
        }
    }

    /** A random batch that uses none of the users and items of {@code other}. */
    private static Batch batchAvoiding(Batch other, long seed) {
        Set<Integer> users = rows(other.users());
        Set<Integer> items = rows(other.items());
        Batch candidate = Batch.random(SPEC, 4 * BATCH, seed);
        int[] u = new int[BATCH];
        int[] i = new int[BATCH];
        float[] y = new float[BATCH];
        int n = 0;
        for (int b = 0; b < candidate.n() && n < BATCH; b++) {
            if (!users.contains(candidate.users()[b]) && !items.contains(candidate.items()[b])) {
                u[n] = candidate.users()[b];
                i[n] = candidate.items()[b];
                y[n] = candidate.labels()[b];
                n++;
            }
        }
        assertThat(n).isGreaterThan(0);
        return new Batch(Arrays.copyOf(u, n), Arrays.copyOf(i, n), Arrays.copyOf(y, n), n);
    }

    private static Set<Integer> rows(int[] ids) {
        Set<Integer> set = new HashSet<>();
        for (int id : ids) {
            set.add(id);
        }
        return set;
    }

    private static Set<Integer> nonZeroRows(float[] table) {
        Set<Integer> set = new HashSet<>();
        int rows = table.length / SPEC.embeddingSize();
        for (int r = 0; r < rows; r++) {
            for (float v : row(table, r)) {
                if (v != 0f) {
                    set.add(r);
                }
            }
        }
        return set;
    }

    private static float[] row(float[] table, int row) {
        int e = SPEC.embeddingSize();
        return Arrays.copyOfRange(table, row * e, (row + 1) * e);
    }

    private static void assertRowsChangedExactly(float[] before, float[] after, Set<Integer> changed) {
        int rows = before.length / SPEC.embeddingSize();
        for (int r = 0; r < rows; r++) {
            if (changed.contains(r)) {
                assertThat(row(after, r)).as("row %d", r).isNotEqualTo(row(before, r));
            } else {
                assertThat(row(after, r)).as("row %d", r).containsExactly(row(before, r));
            }
        }
    }
}
