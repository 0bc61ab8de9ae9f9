package org.rectransfer.train;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rectransfer.model.Dl4jParameters;
import org.rectransfer.model.NcfNetworkFactory;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.model.TrainingPlan;

/** The stock DL4J graph as the reference the engine is compared with. */
final class Dl4jReference {
    private final NetworkSpec spec;
    private final ComputationGraph graph;
    private final DataType dataType;

    Dl4jReference(NetworkSpec spec, TrainingPlan plan, long seed, DataType dataType) {
        this.spec = spec;
        this.dataType = dataType;
        this.graph = NcfNetworkFactory.build(spec, plan, seed, dataType);
    }

    ComputationGraph graph() {
        return graph;
    }

    NcfParameters parameters() {
        return Dl4jParameters.read(graph, spec);
    }

    /** @return the mean loss; {@code gradientOut} receives DL4J's gradient divided by n */
    double lossAndGradient(Batch batch, NcfParameters[] gradientOut) {
        graph.setInputs(column(batch.users(), batch.n()), column(batch.items(), batch.n()));
        graph.setLabels(column(batch.labels(), batch.n()));
        graph.computeGradientAndScore();
        NcfParameters g = Dl4jParameters.fromTable(graph.gradient().gradientForVariable(), spec);
        scale(g, 1.0f / batch.n());
        gradientOut[0] = g;
        return graph.score();
    }

    void fit(Batch batch) {
        graph.fit(new INDArray[] {column(batch.users(), batch.n()), column(batch.items(), batch.n())},
                new INDArray[] {column(batch.labels(), batch.n())});
    }

    float[] output(Batch batch) {
        INDArray out = graph.output(column(batch.users(), batch.n()), column(batch.items(), batch.n()))[0];
        return out.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    private INDArray column(int[] values, int n) {
        double[] d = new double[n];
        for (int b = 0; b < n; b++) {
            d[b] = values[b];
        }
        return Nd4j.create(d, new long[] {n, 1}, 'c').castTo(dataType);
    }

    private INDArray column(float[] values, int n) {
        double[] d = new double[n];
        for (int b = 0; b < n; b++) {
            d[b] = values[b];
        }
        return Nd4j.create(d, new long[] {n, 1}, 'c').castTo(dataType);
    }

    private static void scale(NcfParameters g, float factor) {
        scale(g.userEmbedding(), factor);
        scale(g.itemEmbedding(), factor);
        for (int k = 0; k < g.spec().denseCount(); k++) {
            scale(g.weights(k), factor);
            scale(g.biases(k), factor);
        }
    }

    private static void scale(float[] values, float factor) {
        for (int j = 0; j < values.length; j++) {
            values[j] *= factor;
        }
    }
}
