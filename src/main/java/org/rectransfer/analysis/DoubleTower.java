package org.rectransfer.analysis;

import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;

/**
 * A forward pass of the network in double precision that keeps the clean activations of the
 * last sample, so erasing one hidden neuron only recomputes the layers above it, starting from a
 * rank-one correction of the next layer's pre-activations. Weights are read with the engine's
 * layout, row-major {@code [out][in]} (see {@link NcfParameters}). Not thread-safe.
 */
final class DoubleTower {
    private final NetworkSpec spec;
    private final NcfParameters params;
    private final double[][] weights;
    private final double[][] biases;
    /** {@code input[k]}: the input of dense layer k; {@code input[k+1]} is FC(k+1)'s output. */
    private final double[][] input;
    /** {@code pre[k]}: the pre-activations of dense layer k for the last clean sample. */
    private final double[][] pre;
    /** Buffers for erased passes, shaped like {@code input}. */
    private final double[][] scratch;
    private double cleanLogit;

    DoubleTower(NcfParameters params) {
        this.spec = params.spec();
        this.params = params;
        int layers = spec.denseCount();
        weights = new double[layers][];
        biases = new double[layers][];
        input = new double[layers][];
        scratch = new double[layers][];
        pre = new double[layers][];
        for (int k = 0; k < layers; k++) {
            weights[k] = toDouble(params.weights(k));
            biases[k] = toDouble(params.biases(k));
            input[k] = new double[spec.inputSize(k)];
            scratch[k] = new double[spec.inputSize(k)];
            pre[k] = new double[spec.outputSize(k)];
        }
    }

    /** @return the logit of OUT for (user, item), remembering every activation */
    double forward(int user, int item) {
        int e = spec.embeddingSize();
        float[] users = params.userEmbedding();
        float[] items = params.itemEmbedding();
        // FC1's input is [user embedding, item embedding], as in the engine and the DL4J merge.
        for (int f = 0; f < e; f++) {
            input[0][f] = users[user * e + f];
            input[0][e + f] = items[item * e + f];
        }
        int depth = spec.depth();
        for (int k = 0; k < depth; k++) {
            dense(k, input[k], pre[k]);
            relu(pre[k], input[k + 1]);
        }
        dense(depth, input[depth], pre[depth]);
        cleanLogit = pre[depth][0];
        return cleanLogit;
    }

    /**
     * @param k hidden layer index, {@code 0..depth-1} (FC(k+1))
     * @param j neuron of that layer
     * @return OUT's logit for the last {@link #forward} sample with that neuron's output set to 0
     */
    double erasedLogit(int k, int j) {
        double a = input[k + 1][j];
        if (a == 0) {
            return cleanLogit; // an inactive ReLU: erasing it changes nothing
        }
        int m = k + 1;
        int in = spec.inputSize(m);
        double[] w = weights[m];
        if (m == spec.depth()) {
            return pre[m][0] - w[j] * a;
        }
        // Only column j of layer m saw the erased value: correct its pre-activations, then go on.
        double[] h = scratch[m + 1];
        for (int o = 0; o < h.length; o++) {
            h[o] = Math.max(0.0, pre[m][o] - w[o * in + j] * a);
        }
        for (int l = m + 1; l < spec.depth(); l++) {
            dense(l, scratch[l], scratch[l + 1]);
            relu(scratch[l + 1], scratch[l + 1]);
        }
        return denseSingle(spec.depth(), scratch[spec.depth()]);
    }

    private void dense(int k, double[] x, double[] out) {
        double[] w = weights[k];
        int in = x.length;
        for (int o = 0; o < out.length; o++) {
            double sum = biases[k][o];
            int row = o * in;
            for (int i = 0; i < in; i++) {
                sum += w[row + i] * x[i];
            }
            out[o] = sum;
        }
    }

    private double denseSingle(int k, double[] x) {
        double sum = biases[k][0];
        double[] w = weights[k];
        for (int i = 0; i < x.length; i++) {
            sum += w[i] * x[i];
        }
        return sum;
    }

    private static void relu(double[] from, double[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] = Math.max(0.0, from[i]);
        }
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
