package org.rectransfer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.rectransfer.model.LayerName;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;

class NeuronImportanceTest {

    /**
     * Embedding size 1, tower [2, 1]: x = (u, i); FC1 W = [[1, 0.5], [-1, 2]] (row = output),
     * b = (0, 0.5); FC2 W = [[1, -0.5]], b = 0.25; OUT W = [[2]], b = -0.5. User 0 has u = 1,
     * item 0 has i = 2, item 1 has i = -1. (The transposed layout would give other numbers.)
     */
    static NcfParameters tinyNetwork() {
        NcfParameters p = NcfParameters.zeros(new NetworkSpec(1, 2, 1, List.of(2, 1)));
        p.userEmbedding()[0] = 1f;
        p.itemEmbedding()[0] = 2f;
        p.itemEmbedding()[1] = -1f;
        System.arraycopy(new float[] {1f, 0.5f, -1f, 2f}, 0, p.weights(0), 0, 4);
        System.arraycopy(new float[] {0f, 0.5f}, 0, p.biases(0), 0, 2);
        System.arraycopy(new float[] {1f, -0.5f}, 0, p.weights(1), 0, 2);
        p.biases(1)[0] = 0.25f;
        p.weights(2)[0] = 2f;
        p.biases(2)[0] = -0.5f;
        return p;
    }

    @Test
    void tinyNetworkMatchesTheHandComputation() {
        // Sample A = (user 0, item 0, label 1): FC1 = relu(1 + 1, -1 + 4 + 0.5) = (2, 3.5);
        //   FC2 = relu(2 - 1.75 + 0.25) = 0.5; logit = 2 * 0.5 - 0.5 = 0.5; L = ln sigmoid(0.5) = -0.474077.
        //   erase FC1#0: FC2 = relu(-1.75 + 0.25) = 0, logit -0.5, L' = -0.974077, rel = 0.5 / 0.474077 = 1.054681
        //   erase FC1#1: FC2 = 2.25, logit 4, L' = -ln(1 + e^-4) = -0.018150, rel = -0.961715
        //   erase FC2#0: logit -0.5, rel = 1.054681
        // Sample B = (user 0, item 1, label 0): FC1 = relu(1 - 0.5, -1 - 2 + 0.5) = (0.5, 0);
        //   FC2 = 0.75; logit 1; L = ln(1 - sigmoid(1)) = -1.313262.
        //   erase FC1#0: FC2 = 0.25, logit 0, L' = -ln 2, rel = (-1.313262 + 0.693147) / 1.313262 = -0.472194
        //   erase FC1#1: inactive ReLU, rel = 0
        //   erase FC2#0: logit -0.5, L' = ln(1 - sigmoid(-0.5)) = -0.474077, rel = -0.639008
        // Means: FC1 = (0.2912434300391784, -0.4808576154048069), FC2 = 0.2078365209433099 (Python, same rules).
        ErasureSamples samples = new ErasureSamples(new int[] {0, 0}, new int[] {0, 1}, new boolean[] {true, false});
        ImportanceResult r = NeuronImportance.compute(tinyNetwork(), samples, ImportanceFormula.MEAN_RELATIVE_DROP);
        assertThat(r.formula()).isEqualTo(ImportanceFormula.MEAN_RELATIVE_DROP);
        assertThat(r.layers()).extracting(LayerImportance::layer).containsExactly(LayerName.fc(1), LayerName.fc(2));
        assertThat(r.layer(LayerName.fc(1)).importance())
                .containsExactly(new double[] {0.2912434300391784, -0.4808576154048069}, within(1e-12));
        assertThat(r.layer(LayerName.fc(2)).get(0)).isCloseTo(0.2078365209433099, within(1e-12));
        assertThat(r.layer(LayerName.fc(1)).mean()).isCloseTo((0.2912434300391784 - 0.4808576154048069) / 2, within(1e-12));
        assertThat(r.samples()).isEqualTo(2);
        assertThat(r.samplesUsed()).isEqualTo(2);
        assertThat(r.meanLogLikelihood()).isCloseTo((-0.4740769841801067 - 1.3132616875182228) / 2, within(1e-12));
    }

    @Test
    void totalRelativeDropDividesTheSummedDrops() {
        // FC1#0: (sum L - sum L') / |sum L| = ((-1.787339) - (-1.667224)) / 1.787339 = -0.06720299228133682
        ErasureSamples samples = new ErasureSamples(new int[] {0, 0}, new int[] {0, 1}, new boolean[] {true, false});
        ImportanceResult r = NeuronImportance.compute(tinyNetwork(), samples, ImportanceFormula.TOTAL_RELATIVE_DROP);
        assertThat(r.layer(LayerName.fc(1)).importance())
                .containsExactly(new double[] {-0.06720299228133682, -0.2550871099482646}, within(1e-12));
        assertThat(r.layer(LayerName.fc(2)).get(0)).isCloseTo(-0.1897708076868402, within(1e-12));
    }

    @Test
    void erasingANeuronEqualsZeroingItsWeightsAndBias() {
        // Brute force on the paper's tower: erasing neuron j of FC(k+1) is the same as zeroing row j
        // of its weights and its bias (relu(0) = 0), then running the whole network again.
        NcfParameters params = randomNetwork(NetworkSpec.withDefaults(7, 9), 42);
        NetworkSpec spec = params.spec();
        DoubleTower tower = new DoubleTower(params);
        for (int sample = 0; sample < 5; sample++) {
            int user = sample % 7;
            int item = (3 * sample + 1) % 9;
            tower.forward(user, item);
            for (int k = 0; k < spec.depth(); k++) {
                for (int j = 0; j < spec.outputSize(k); j++) {
                    NcfParameters erased = params.copy();
                    int in = spec.inputSize(k);
                    for (int i = 0; i < in; i++) {
                        erased.weights(k)[j * in + i] = 0f;
                    }
                    erased.biases(k)[j] = 0f;
                    double expected = new DoubleTower(erased).forward(user, item);
                    assertThat(tower.erasedLogit(k, j)).as("FC%d neuron %d", k + 1, j).isCloseTo(expected, within(1e-9));
                }
            }
        }
    }

    @Test
    void coversEveryNeuronOfThePapersTowerAndStaysFinite() {
        NcfParameters params = randomNetwork(NetworkSpec.withDefaults(50, 80), 7);
        Random random = new Random(3);
        int n = 3000;
        int[] users = new int[n];
        int[] items = new int[n];
        boolean[] labels = new boolean[n];
        for (int s = 0; s < n; s++) {
            users[s] = random.nextInt(50);
            items[s] = random.nextInt(80);
            labels[s] = s % 5 == 0;
        }
        ImportanceResult r = NeuronImportance.compute(params, new ErasureSamples(users, items, labels));
        assertThat(r.layers()).extracting(LayerImportance::width).containsExactly(64, 32, 16, 8);
        assertThat(r.samplesUsed()).isEqualTo(n);
        for (LayerImportance layer : r.layers()) {
            for (double v : layer.importance()) {
                assertThat(v).as(layer.layer().id()).isFinite();
            }
        }
    }

    @Test
    void samplesPredictedWithCertaintyAreLeftOut() {
        // OUT bias 1000: ln sigmoid(1000.5) is 0 in double, so a positive defines no relative drop;
        // a negative (L = -1000.5) still counts.
        NcfParameters params = tinyNetwork();
        params.biases(2)[0] = 1000f;
        ErasureSamples samples = new ErasureSamples(new int[] {0, 0}, new int[] {0, 0}, new boolean[] {true, false});
        ImportanceResult r = NeuronImportance.compute(params, samples);
        assertThat(r.samplesUsed()).isEqualTo(1);
        // Only the negative: erasing FC1#0 lowers the logit from 1001 to 1000, L' = -1000, rel = -1 / 1001.
        assertThat(r.layer(LayerName.fc(1)).get(0)).isCloseTo(-1.0 / 1001, within(1e-12));
    }

    @Test
    void noUsableSampleGivesNaN() {
        ImportanceResult r = NeuronImportance.compute(tinyNetwork(), new ErasureSamples(new int[0], new int[0], new boolean[0]));
        assertThat(r.samplesUsed()).isZero();
        assertThat(r.layer(LayerName.fc(1)).get(0)).isNaN();
    }

    @Test
    void rejectsIdsOutsideTheTablesAndMismatchedArrays() {
        assertThatThrownBy(() -> NeuronImportance.compute(tinyNetwork(),
                new ErasureSamples(new int[] {0}, new int[] {2}, new boolean[] {true})))
                .hasMessageContaining("item 2");
        assertThatThrownBy(() -> new ErasureSamples(new int[] {0}, new int[] {0, 1}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NeuronImportance.compute(tinyNetwork(),
                new ErasureSamples(new int[] {0}, new int[] {0}, new boolean[] {true})).layer(LayerName.fc(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void logLikelihoodIsStableAtExtremeLogits() {
        assertThat(NeuronImportance.logLikelihood(0, true)).isCloseTo(-Math.log(2), within(1e-15));
        assertThat(NeuronImportance.logLikelihood(-800, true)).isEqualTo(-800);
        assertThat(NeuronImportance.logLikelihood(800, false)).isEqualTo(-800);
        assertThat(NeuronImportance.logLikelihood(40, true)).isCloseTo(-Math.exp(-40), within(1e-30)).isNegative();
    }

    /** Weights and embeddings of a visible size, so that most ReLUs are active for some samples. */
    static NcfParameters randomNetwork(NetworkSpec spec, long seed) {
        NcfParameters p = NcfParameters.zeros(spec);
        Random random = new Random(seed);
        fill(p.userEmbedding(), random, 1.0);
        fill(p.itemEmbedding(), random, 1.0);
        for (int k = 0; k < spec.denseCount(); k++) {
            fill(p.weights(k), random, 1.0 / Math.sqrt(spec.inputSize(k)));
            fill(p.biases(k), random, 0.1);
        }
        return p;
    }

    private static void fill(float[] values, Random random, double scale) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextGaussian() * scale);
        }
    }
}
