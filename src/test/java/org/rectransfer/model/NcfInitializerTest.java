package org.rectransfer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class NcfInitializerTest {

    @Test
    void drawsTheDistributionsOfTheDl4jGraph() {
        NetworkSpec spec = new NetworkSpec(2000, 3000, 32, List.of(256, 128, 8));
        NcfParameters params = NcfInitializer.initialise(spec, 1);

        assertMeanAndStd(params.itemEmbedding(), 0.01);
        assertMeanAndStd(params.weights(0), Math.sqrt(2.0 / (64 + 256)));
        assertMeanAndStd(params.weights(1), Math.sqrt(2.0 / (256 + 128)));
        for (int k = 0; k < spec.denseCount(); k++) {
            assertThat(params.biases(k)).containsOnly(0f);
        }
    }

    @Test
    void isReproducibleAndLayerValuesDoNotDependOnTableSizes() {
        NetworkSpec small = NetworkSpec.withDefaults(10, 20);
        NetworkSpec large = NetworkSpec.withDefaults(500, 900);

        assertThat(NcfInitializer.initialise(small, 3).sameValues(NcfInitializer.initialise(small, 3))).isTrue();
        assertThat(NcfInitializer.initialise(small, 3).weights(LayerName.fc(2)))
                .containsExactly(NcfInitializer.initialise(large, 3).weights(LayerName.fc(2)));
        assertThat(NcfInitializer.initialise(small, 3).weights(LayerName.fc(2)))
                .isNotEqualTo(NcfInitializer.initialise(small, 4).weights(LayerName.fc(2)));
    }

    private static void assertMeanAndStd(float[] values, double std) {
        double sum = 0;
        double squares = 0;
        for (float v : values) {
            sum += v;
            squares += (double) v * v;
        }
        double mean = sum / values.length;
        assertThat(mean).isCloseTo(0, within(5 * std / Math.sqrt(values.length)));
        assertThat(Math.sqrt(squares / values.length - mean * mean)).isCloseTo(std, within(0.03 * std));
    }
}
