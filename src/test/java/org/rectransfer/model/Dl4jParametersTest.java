package org.rectransfer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.deeplearning4j.nn.layers.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class Dl4jParametersTest {
    private static final NetworkSpec SPEC = new NetworkSpec(7, 9, 4, List.of(6, 3));

    @Test
    void writeThenReadRoundTrips() {
        ComputationGraph graph = NcfNetworkFactory.build(SPEC, 1);
        NcfParameters params = NcfInitializer.initialise(SPEC, 5);

        Dl4jParameters.write(params, graph);

        assertThat(Dl4jParameters.read(graph, SPEC).sameValues(params)).isTrue();
        assertThat(graph.numParams()).isEqualTo(SPEC.parameterCount());
    }

    @Test
    void weightsAreTransposedFromDl4jsInOutLayout() {
        ComputationGraph graph = NcfNetworkFactory.build(SPEC, 1);
        NcfParameters params = Dl4jParameters.read(graph, SPEC);
        INDArray w = graph.getParam("FC1_W");
        INDArray table = graph.getParam("ITEM_EMB_W");

        assertThat(w.shape()).containsExactly(8, 6);
        int in = SPEC.inputSize(0);
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < SPEC.outputSize(0); o++) {
                assertThat(params.weights(0)[o * in + i]).isEqualTo(w.getFloat(i, o));
            }
        }
        assertThat(params.itemEmbedding()[3 * 4 + 2]).isEqualTo(table.getFloat(3, 2));
    }

    @Test
    void frozenLayersAreWrappedAndStillNamedAsUsual() {
        TrainingPlan plan = TrainingPlan.defaults().withFrozen(LayerName.fc(2), LayerName.OUT);
        ComputationGraph graph = NcfNetworkFactory.build(SPEC, plan, 1, DataType.FLOAT);

        assertThat(graph.getLayer("FC2")).isInstanceOf(FrozenLayerWithBackprop.class);
        assertThat(graph.getLayer("OUT")).isInstanceOf(FrozenLayerWithBackprop.class);
        assertThat(graph.getLayer("FC1")).isInstanceOf(DenseLayer.class);
        assertThat(graph.paramTable()).containsKeys("FC2_W", "FC2_b", "OUT_W", "OUT_b", "USER_EMB_W");
        assertThat(graph.paramTable()).doesNotContainKey("USER_EMB_b");
    }
}
