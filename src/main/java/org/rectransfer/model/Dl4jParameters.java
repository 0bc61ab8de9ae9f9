package org.rectransfer.model;

import java.util.Map;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Converts parameters (and gradients, which DL4J keys the same way) between a graph built by
 * {@link NcfNetworkFactory} and {@link NcfParameters}.
 *
 * <p>DL4J keys a parameter {@code <layer>_<param>} ({@code FC1_W}, {@code OUT_b},
 * {@code USER_EMB_W}). Its dense weights are {@code [nIn, nOut]} and its embedding tables
 * {@code [rows, size]}, and the views in the flattened parameter vector are 'f'-ordered. The
 * conversion never relies on that storage order: it goes through explicit 'c'-ordered copies
 * ({@code dup('c')}) and {@code assign}, which respect each array's own strides.
 */
public final class Dl4jParameters {
    /** DL4J's key suffix for weights. */
    public static final String WEIGHT = "W";
    /** DL4J's key suffix for biases. */
    public static final String BIAS = "b";

    private Dl4jParameters() {
    }

    /**
     * @param layer a layer
     * @param param {@link #WEIGHT} or {@link #BIAS}
     * @return the DL4J key, e.g. {@code FC1_W}
     */
    public static String key(LayerName layer, String param) {
        return layer.id() + "_" + param;
    }

    /**
     * @param graph a graph built by {@link NcfNetworkFactory} for {@code spec}
     * @param spec  its shape
     * @return a copy of its parameters
     */
    public static NcfParameters read(ComputationGraph graph, NetworkSpec spec) {
        return fromTable(graph.paramTable(), spec);
    }

    /**
     * Reads parameter-shaped arrays keyed the DL4J way: {@code graph.paramTable()} or
     * {@code graph.gradient().gradientForVariable()}. Missing keys (a frozen layer's gradient)
     * read as zeros.
     *
     * @param table the arrays by key
     * @param spec  the network shape
     * @return the values as {@link NcfParameters}
     */
    public static NcfParameters fromTable(Map<String, INDArray> table, NetworkSpec spec) {
        NcfParameters out = NcfParameters.zeros(spec);
        readInto(table.get(key(LayerName.USER_EMBEDDING, WEIGHT)), out.userEmbedding());
        readInto(table.get(key(LayerName.ITEM_EMBEDDING, WEIGHT)), out.itemEmbedding());
        for (int k = 0; k < spec.denseCount(); k++) {
            LayerName name = spec.denseName(k);
            INDArray w = table.get(key(name, WEIGHT));
            // DL4J's [nIn, nOut] transposed is our row-major [out][in].
            readInto(w == null ? null : w.transpose(), out.weights(k));
            readInto(table.get(key(name, BIAS)), out.biases(k));
        }
        return out;
    }

    /**
     * Overwrites the graph's parameters.
     *
     * @param params the values
     * @param graph  a graph built by {@link NcfNetworkFactory} for {@code params.spec()}
     */
    public static void write(NcfParameters params, ComputationGraph graph) {
        NetworkSpec spec = params.spec();
        int e = spec.embeddingSize();
        assign(graph, key(LayerName.USER_EMBEDDING, WEIGHT), params.userEmbedding(), spec.users(), e);
        assign(graph, key(LayerName.ITEM_EMBEDDING, WEIGHT), params.itemEmbedding(), spec.items(), e);
        for (int k = 0; k < spec.denseCount(); k++) {
            LayerName name = spec.denseName(k);
            INDArray w = graph.getParam(key(name, WEIGHT));
            INDArray rowMajor = Nd4j.create(params.weights(k),
                    new long[] {spec.outputSize(k), spec.inputSize(k)}, 'c');
            w.assign(rowMajor.transpose().castTo(w.dataType()));
            assign(graph, key(name, BIAS), params.biases(k), 1, spec.outputSize(k));
        }
    }

    private static void readInto(INDArray source, float[] target) {
        if (source == null) {
            return;
        }
        if (source.length() != target.length) {
            throw new IllegalArgumentException("size mismatch: " + source.length() + " vs " + target.length);
        }
        float[] values = source.castTo(DataType.FLOAT).dup('c').data().asFloat();
        System.arraycopy(values, 0, target, 0, target.length);
    }

    private static void assign(ComputationGraph graph, String key, float[] values, long rows, long cols) {
        INDArray target = graph.getParam(key);
        target.assign(Nd4j.create(values, new long[] {rows, cols}, 'c').castTo(target.dataType()));
    }
}
