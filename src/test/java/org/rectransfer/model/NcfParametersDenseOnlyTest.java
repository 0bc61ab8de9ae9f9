package org.rectransfer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NcfParameters#denseOnly()}: what a transfer takes from its source, and nothing of its users or items. */
class NcfParametersDenseOnlyTest {

    @Test
    void keepsEveryDenseLayerAndDropsTheEmbeddingTables() {
        NetworkSpec shape = new NetworkSpec(300, 700, 8, List.of(16, 8));
        NcfParameters full = NcfParameters.zeros(shape);
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < shape.denseCount(); k++) {
            for (int i = 0; i < full.weights(k).length; i++) full.weights(k)[i] = random.nextFloat();
            for (int i = 0; i < full.biases(k).length; i++) full.biases(k)[i] = random.nextFloat();
        }
        full.userEmbedding()[17] = 1f;
        NcfParameters dense = full.denseOnly();
        assertThat(dense.spec().sameTower(shape)).isTrue();
        assertThat(dense.userEmbedding()).hasSize(8);
        assertThat(dense.itemEmbedding()).hasSize(8).containsOnly(0f);
        for (int k = 0; k < shape.denseCount(); k++) {
            assertThat(dense.weights(k)).containsExactly(full.weights(k));
            assertThat(dense.biases(k)).containsExactly(full.biases(k));
        }
        // A copy: changing the model afterwards leaves it as it was.
        full.weights(0)[0] = -5f;
        assertThat(dense.weights(0)[0]).isNotEqualTo(-5f);

        // Transferring from it gives the same layers as from the full model.
        NcfParameters target = NcfParameters.zeros(new NetworkSpec(40, 50, 8, List.of(16, 8)));
        NcfParameters fromDense = target.copy();
        fromDense.copyLayerFrom(dense, shape.denseName(1));
        NcfParameters fromFull = target.copy();
        fromFull.copyLayerFrom(full, shape.denseName(1));
        assertThat(fromDense.sameValues(fromFull)).isTrue();
    }
}
