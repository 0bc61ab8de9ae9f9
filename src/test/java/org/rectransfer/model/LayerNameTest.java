package org.rectransfer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LayerNameTest {

    @Test
    void parsesEveryLayerAndThePapersSpelling() {
        assertThat(LayerName.parse("FC2")).isEqualTo(LayerName.fc(2));
        assertThat(LayerName.parse("fc-3")).isEqualTo(LayerName.fc(3));
        assertThat(LayerName.parse(" out ")).isEqualTo(LayerName.OUT);
        assertThat(LayerName.parse("user_emb")).isEqualTo(LayerName.USER_EMBEDDING);
        assertThat(LayerName.parse("ITEM_EMB")).isEqualTo(LayerName.ITEM_EMBEDDING);
    }

    @Test
    void idRoundTrips() {
        for (LayerName layer : NetworkSpec.withDefaults(1, 1).allLayers()) {
            assertThat(LayerName.parse(layer.id())).isEqualTo(layer);
            assertThat(layer.toString()).isEqualTo(layer.id());
        }
    }

    @Test
    void rejectsUnknownNames() {
        assertThatThrownBy(() -> LayerName.parse("FC0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LayerName.parse("FCx")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LayerName.parse("hidden")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LayerName(LayerName.Kind.OUT, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindsAreDenseOrEmbedding() {
        assertThat(LayerName.fc(1).isDense()).isTrue();
        assertThat(LayerName.OUT.isDense()).isTrue();
        assertThat(LayerName.USER_EMBEDDING.isEmbedding()).isTrue();
    }
}
