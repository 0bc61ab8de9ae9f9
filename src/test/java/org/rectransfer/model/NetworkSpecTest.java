package org.rectransfer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class NetworkSpecTest {

    @Test
    void defaultsAreThePapersNetwork() {
        NetworkSpec spec = NetworkSpec.withDefaults(599, 2420);

        assertThat(spec.embeddingSize()).isEqualTo(32);
        assertThat(spec.layers()).containsExactly(64, 32, 16, 8);
        assertThat(spec.depth()).isEqualTo(4);
        assertThat(spec.denseLayers()).containsExactly(LayerName.fc(1), LayerName.fc(2), LayerName.fc(3),
                LayerName.fc(4), LayerName.OUT);
        assertThat(spec.inputSize(0)).isEqualTo(64);
        assertThat(spec.outputSize(0)).isEqualTo(64);
        assertThat(spec.inputSize(4)).isEqualTo(8);
        assertThat(spec.outputSize(4)).isEqualTo(1);
    }

    @Test
    void countsParametersLikeTheGraph() {
        NetworkSpec spec = NetworkSpec.withDefaults(10, 20);

        int dense = (64 * 64 + 64) + (64 * 32 + 32) + (32 * 16 + 16) + (16 * 8 + 8) + (8 + 1);
        assertThat(spec.denseParameterCount()).isEqualTo(dense);
        assertThat(spec.parameterCount()).isEqualTo(30L * 32 + dense);
    }

    @Test
    void denseIndexAndNameAreInverse() {
        NetworkSpec spec = new NetworkSpec(5, 6, 4, List.of(8, 4));

        for (int k = 0; k < spec.denseCount(); k++) {
            assertThat(spec.denseIndex(spec.denseName(k))).isEqualTo(k);
        }
        assertThat(spec.has(LayerName.fc(3))).isFalse();
        assertThatThrownBy(() -> spec.denseIndex(LayerName.fc(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spec.denseIndex(LayerName.USER_EMBEDDING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameTowerIgnoresTables() {
        NetworkSpec source = NetworkSpec.withDefaults(100, 200);

        assertThat(source.withTables(3, 4).sameTower(source)).isTrue();
        assertThat(new NetworkSpec(100, 200, 16, NetworkSpec.DEFAULT_LAYERS).sameTower(source)).isFalse();
    }

    @Test
    void rejectsBadShapes() {
        assertThatThrownBy(() -> new NetworkSpec(0, 5, 8, List.of(4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NetworkSpec(5, 5, 8, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NetworkSpec(5, 5, 8, List.of(4, 0))).isInstanceOf(IllegalArgumentException.class);
    }
}
