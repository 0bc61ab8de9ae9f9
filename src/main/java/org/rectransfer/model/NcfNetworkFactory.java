package org.rectransfer.model;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the network as a stock DL4J 1.0.0-M2.1 {@link ComputationGraph}: the model's
 * definition, its checkpoint format and the reference trainer.
 *
 * <p>Graph: inputs {@value #USER_INPUT} and {@value #ITEM_INPUT} (each a column of indices,
 * shape {@code [batch, 1]}) feed two bias-free {@link EmbeddingLayer}s
 * ({@code USER_EMB}, {@code ITEM_EMB}, initialised N(0, 0.01^2)), a {@link MergeVertex}
 * {@value #MERGE} concatenates them, ReLU {@link DenseLayer}s {@code FC1..FCk} (Xavier, zero
 * bias) follow, and the {@link OutputLayer} {@code OUT} has one sigmoid unit and binary
 * cross-entropy ({@code XENT}). Every trainable layer has its own Adam with the plan's learning
 * rate.
 *
 * <p>A frozen layer is wrapped in {@link FrozenLayerWithBackprop}: its parameters get a NoOp
 * updater and a zero gradient, but it still back-propagates to the layers below, which plain
 * {@code FrozenLayer} would not.
 */
public final class NcfNetworkFactory {
    /** Name of the user-index input. */
    public static final String USER_INPUT = "user";
    /** Name of the item-index input. */
    public static final String ITEM_INPUT = "item";
    /** Name of the concatenation vertex. */
    public static final String MERGE = "concat";

    private NcfNetworkFactory() {
    }

    /**
     * @param spec the network shape
     * @param seed DL4J's seed for its own initialisation
     * @return an initialised graph, every layer trainable with default Adam, in float
     */
    public static ComputationGraph build(NetworkSpec spec, long seed) {
        return build(spec, TrainingPlan.defaults(), seed, DataType.FLOAT);
    }

    /**
     * @param spec     the network shape
     * @param plan     which layers train and at which learning rate
     * @param seed     DL4J's seed for its own initialisation
     * @param dataType FLOAT for training, DOUBLE for precise reference gradients
     * @return an initialised graph
     */
    public static ComputationGraph build(NetworkSpec spec, TrainingPlan plan, long seed,
                                         DataType dataType) {
        ComputationGraph graph = new ComputationGraph(configuration(spec, plan, seed, dataType));
        graph.init();
        return graph;
    }

    /**
     * @param spec     the network shape
     * @param plan     which layers train and at which learning rate
     * @param seed     DL4J's seed
     * @param dataType the graph's floating-point type
     * @return the graph's configuration
     */
    public static ComputationGraphConfiguration configuration(NetworkSpec spec, TrainingPlan plan,
                                                              long seed, DataType dataType) {
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(dataType)
                .updater(adam(plan.adam()))
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs(USER_INPUT, ITEM_INPUT);
        g.addLayer(LayerName.USER_EMBEDDING.id(),
                wrap(embedding(spec.users(), spec, plan, LayerName.USER_EMBEDDING), plan,
                        LayerName.USER_EMBEDDING), USER_INPUT);
        g.addLayer(LayerName.ITEM_EMBEDDING.id(),
                wrap(embedding(spec.items(), spec, plan, LayerName.ITEM_EMBEDDING), plan,
                        LayerName.ITEM_EMBEDDING), ITEM_INPUT);
        g.addVertex(MERGE, new MergeVertex(), LayerName.USER_EMBEDDING.id(), LayerName.ITEM_EMBEDDING.id());
        String below = MERGE;
        for (int k = 0; k < spec.denseCount(); k++) {
            LayerName name = spec.denseName(k);
            g.addLayer(name.id(), wrap(dense(spec, k, plan), plan, name), below);
            below = name.id();
        }
        return g.setOutputs(LayerName.OUT.id()).build();
    }

    private static Layer embedding(int rows, NetworkSpec spec, TrainingPlan plan, LayerName name) {
        return new EmbeddingLayer.Builder()
                .nIn(rows)
                .nOut(spec.embeddingSize())
                .hasBias(false)
                .activation(Activation.IDENTITY)
                .weightInit(new NormalDistribution(0, NcfInitializer.EMBEDDING_STD))
                .updater(updater(plan, name))
                .build();
    }

    private static Layer dense(NetworkSpec spec, int k, TrainingPlan plan) {
        LayerName name = spec.denseName(k);
        IUpdater updater = updater(plan, name);
        if (name.kind() == LayerName.Kind.OUT) {
            return new OutputLayer.Builder(LossFunctions.LossFunction.XENT)
                    .nIn(spec.inputSize(k)).nOut(1)
                    .activation(Activation.SIGMOID)
                    .weightInit(WeightInit.XAVIER).biasInit(0)
                    .updater(updater)
                    .build();
        }
        return new DenseLayer.Builder()
                .nIn(spec.inputSize(k)).nOut(spec.outputSize(k))
                .activation(Activation.RELU)
                .weightInit(WeightInit.XAVIER).biasInit(0)
                .updater(updater)
                .build();
    }

    private static Layer wrap(Layer layer, TrainingPlan plan, LayerName name) {
        return plan.of(name).trainable() ? layer : new FrozenLayerWithBackprop(layer);
    }

    /** The layer's own Adam; NoOp inside a frozen wrapper, which ignores it anyway. */
    private static IUpdater updater(TrainingPlan plan, LayerName name) {
        return plan.of(name).trainable() ? adam(plan.adamFor(name)) : new NoOp();
    }

    private static IUpdater adam(AdamSettings s) {
        return new Adam(s.learningRate(), s.beta1(), s.beta2(), s.epsilon());
    }
}
