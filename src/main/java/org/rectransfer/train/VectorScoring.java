package org.rectransfer.train;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;

/**
 * Scores one user's candidates a candidate at a time, sample-major, with the Vector API: the
 * lanes are a layer's outputs, so each candidate's item row is read where it lies in the table
 * and no activation is transposed (the batch kernels' feature-major layout costs two transposes
 * and a gather per evaluated user, a quarter of the evaluation's time on small domains).
 *
 * <p>Every output is the same chain as in {@link ForwardPass#runForUser}: the user's half of FC1
 * ({@code bias + sum w x}, multiplies then adds, in increasing input order) starts the item
 * half, and each layer's output is {@code fma}s from its bias in increasing input order, then
 * ReLU, the last a sigmoid in double. So the scores are the same bits as the batch path's
 * ({@code ScorerPathsTest}). Needs the weights transposed ({@code [input][output]}, outputs
 * padded to whole vectors with zeros); {@link #refresh} makes them, and the owner calls it again
 * whenever the parameters may have changed. Not thread-safe.
 */
final class VectorScoring {
    private static final VectorSpecies<Float> S = VectorKernels.S;
    private static final int L = S.length();
    /**
     * Candidates computed together: their chains are independent, so a group keeps both fma
     * units busy (one candidate alone waits on its chains' latency: 2x slower), and each weight
     * vector loaded serves the whole group.
     */
    private static final int GROUP = 4;

    private final NetworkSpec spec;
    private final NcfParameters params;
    private final int layers;
    private final int[] inputs;
    private final int[] outputs;
    /** Outputs rounded up to whole vectors: the row length of the transposed weights and the buffers. */
    private final int[] padded;
    /** {@code transposed[k][i * padded[k] + o] = W_k[o][i]}; for FC1 only the item half (i < E). */
    private final float[][] transposed;
    /** FC1's user half, transposed the same way. */
    private final float[] userHalf;
    /** Each layer's biases, padded with zeros. */
    private final float[][] biases;
    /** The user's half of FC1 with the bias, padded: the item half's starting values. */
    private final float[] userPart;
    /** {@code act[g][k]}: the output of layer k for candidate g of the current group, padded. */
    private final float[][][] act = new float[GROUP][][];

    VectorScoring(NcfParameters params) {
        this.spec = params.spec();
        this.params = params;
        this.layers = spec.denseCount();
        this.inputs = new int[layers];
        this.outputs = new int[layers];
        this.padded = new int[layers];
        this.transposed = new float[layers][];
        this.biases = new float[layers][];
        for (int k = 0; k < layers; k++) {
            inputs[k] = k == 0 ? spec.embeddingSize() : spec.inputSize(k);
            outputs[k] = spec.outputSize(k);
            padded[k] = (outputs[k] + L - 1) / L * L;
            transposed[k] = new float[inputs[k] * padded[k]];
            biases[k] = new float[padded[k]];
        }
        for (int g = 0; g < GROUP; g++) {
            act[g] = new float[layers][];
            for (int k = 0; k < layers; k++) act[g][k] = new float[padded[k]];
        }
        this.userHalf = new float[spec.embeddingSize() * padded[0]];
        this.userPart = new float[padded[0]];
    }

    /** Reads the dense layers' weights and biases again (after a training step). */
    void refresh() {
        int e = spec.embeddingSize();
        for (int k = 0; k < layers; k++) {
            float[] w = params.weights(k);
            int in = spec.inputSize(k);
            int first = k == 0 ? e : 0;     // FC1: the item half of each row
            for (int o = 0; o < outputs[k]; o++) {
                for (int i = 0; i < inputs[k]; i++) {
                    transposed[k][i * padded[k] + o] = w[o * in + first + i];
                }
            }
            System.arraycopy(params.biases(k), 0, biases[k], 0, outputs[k]);
        }
        float[] w0 = params.weights(0);
        for (int o = 0; o < outputs[0]; o++) {
            for (int i = 0; i < e; i++) {
                userHalf[i * padded[0] + o] = w0[o * 2 * e + i];
            }
        }
    }

    /** Scores {@code user} against {@code items[from .. from + n)} into {@code out[from ..]}. */
    void score(int user, int[] items, int from, int n, float[] out) {
        int e = spec.embeddingSize();
        float[] users = params.userEmbedding();
        int row = user * e;
        if (row < 0 || row >= users.length) {
            throw new IndexOutOfBoundsException("user " + user + " outside 0.." + (spec.users() - 1));
        }
        computeUserPart(users, row);
        float[] table = params.itemEmbedding();
        int b = from;
        for (; b + GROUP <= from + n; b += GROUP) {
            layerOfGroup(0, table, items, b, e, userPart);
            for (int k = 1; k < layers; k++) {
                layerOfGroup(k, null, null, 0, 0, biases[k]);
            }
            for (int g = 0; g < GROUP; g++) out[b + g] = sigmoid(act[g][layers - 1][0]);
        }
        for (; b < from + n; b++) {
            layer(0, table, items[b] * e, userPart);
            for (int k = 1; k < layers; k++) {
                layer(k, act[0][k - 1], 0, biases[k]);
            }
            out[b] = sigmoid(act[0][layers - 1][0]);
        }
    }

    /** As {@link Kernels#sigmoid}, in double. */
    private static float sigmoid(float z) {
        return (float) (1.0 / (1.0 + Math.exp(-z)));
    }

    /**
     * {@code bias + sum_f w x} with a multiply and an add per term, in increasing f, as
     * {@link ForwardPass}'s user part (not fused: the same bits as that scalar loop).
     */
    private void computeUserPart(float[] users, int row) {
        int e = spec.embeddingSize();
        int width = padded[0];
        for (int o = 0; o < width; o += L) {
            FloatVector sum = FloatVector.fromArray(S, biases[0], o);
            for (int f = 0; f < e; f++) {
                sum = sum.add(FloatVector.fromArray(S, userHalf, f * width + o).mul(users[row + f]));
            }
            sum.intoArray(userPart, o);
        }
    }

    /**
     * {@code act[k] = g(init + W_k x)} for one candidate, x read from {@code x[xOff ..]}: each
     * output an fma chain from its init in increasing input order, g ReLU (the last layer's
     * sigmoid is applied by the caller). Four vectors of outputs at a time keep four chains in
     * flight; the rest one vector at a time.
     */
    private void layer(int k, float[] x, int xOff, float[] init) {
        float[] w = transposed[k];
        int width = padded[k];
        int in = inputs[k];
        float[] y = act[0][k];
        boolean hidden = k < layers - 1;
        int o = 0;
        for (; o + 4 * L <= width; o += 4 * L) {
            FloatVector a0 = FloatVector.fromArray(S, init, o);
            FloatVector a1 = FloatVector.fromArray(S, init, o + L);
            FloatVector a2 = FloatVector.fromArray(S, init, o + 2 * L);
            FloatVector a3 = FloatVector.fromArray(S, init, o + 3 * L);
            for (int i = 0, wi = o; i < in; i++, wi += width) {
                FloatVector xi = FloatVector.broadcast(S, x[xOff + i]);
                a0 = xi.fma(FloatVector.fromArray(S, w, wi), a0);
                a1 = xi.fma(FloatVector.fromArray(S, w, wi + L), a1);
                a2 = xi.fma(FloatVector.fromArray(S, w, wi + 2 * L), a2);
                a3 = xi.fma(FloatVector.fromArray(S, w, wi + 3 * L), a3);
            }
            store(a0, y, o, hidden);
            store(a1, y, o + L, hidden);
            store(a2, y, o + 2 * L, hidden);
            store(a3, y, o + 3 * L, hidden);
        }
        for (; o < width; o += L) {
            FloatVector a = FloatVector.fromArray(S, init, o);
            for (int i = 0, wi = o; i < in; i++, wi += width) {
                a = FloatVector.broadcast(S, x[xOff + i]).fma(FloatVector.fromArray(S, w, wi), a);
            }
            store(a, y, o, hidden);
        }
    }

    /**
     * {@link #layer} for the four candidates of a group. Layer 0 reads the candidates' rows of
     * {@code table} ({@code items[b + g] * e}), later layers the group's outputs of the layer
     * before. Tiles of eight chains: four vectors of outputs by two candidates, two by four, or
     * one by four at the end; per input, each weight vector is loaded once for the tile's
     * candidates and each input broadcast once for its vectors.
     */
    private void layerOfGroup(int k, float[] table, int[] items, int b, int e, float[] init) {
        float[] x0;
        float[] x1;
        float[] x2;
        float[] x3;
        int f0 = 0;
        int f1 = 0;
        int f2 = 0;
        int f3 = 0;
        if (k == 0) {
            x0 = x1 = x2 = x3 = table;
            f0 = items[b] * e;
            f1 = items[b + 1] * e;
            f2 = items[b + 2] * e;
            f3 = items[b + 3] * e;
        } else {
            x0 = act[0][k - 1];
            x1 = act[1][k - 1];
            x2 = act[2][k - 1];
            x3 = act[3][k - 1];
        }
        float[] w = transposed[k];
        int width = padded[k];
        int in = inputs[k];
        boolean hidden = k < layers - 1;
        int o = 0;
        for (; o + 4 * L <= width; o += 4 * L) {
            fourByTwo(w, width, in, o, init, x0, f0, x1, f1, act[0][k], act[1][k], hidden);
            fourByTwo(w, width, in, o, init, x2, f2, x3, f3, act[2][k], act[3][k], hidden);
        }
        for (; o + 2 * L <= width; o += 2 * L) {
            twoByFour(w, width, in, o, init, x0, f0, x1, f1, x2, f2, x3, f3, k, hidden);
        }
        for (; o < width; o += L) {
            oneByFour(w, width, in, o, init, x0, f0, x1, f1, x2, f2, x3, f3, k, hidden);
        }
    }

    /** Outputs {@code o .. o + 4L)} of two candidates. */
    private static void fourByTwo(float[] w, int width, int in, int o, float[] init,
                                  float[] x0, int f0, float[] x1, int f1, float[] y0, float[] y1, boolean hidden) {
        FloatVector a00 = FloatVector.fromArray(S, init, o);
        FloatVector a01 = FloatVector.fromArray(S, init, o + L);
        FloatVector a02 = FloatVector.fromArray(S, init, o + 2 * L);
        FloatVector a03 = FloatVector.fromArray(S, init, o + 3 * L);
        FloatVector a10 = a00;
        FloatVector a11 = a01;
        FloatVector a12 = a02;
        FloatVector a13 = a03;
        for (int i = 0, wi = o; i < in; i++, wi += width) {
            FloatVector w0 = FloatVector.fromArray(S, w, wi);
            FloatVector w1 = FloatVector.fromArray(S, w, wi + L);
            FloatVector w2 = FloatVector.fromArray(S, w, wi + 2 * L);
            FloatVector w3 = FloatVector.fromArray(S, w, wi + 3 * L);
            FloatVector c0 = FloatVector.broadcast(S, x0[f0 + i]);
            FloatVector c1 = FloatVector.broadcast(S, x1[f1 + i]);
            a00 = c0.fma(w0, a00);
            a01 = c0.fma(w1, a01);
            a02 = c0.fma(w2, a02);
            a03 = c0.fma(w3, a03);
            a10 = c1.fma(w0, a10);
            a11 = c1.fma(w1, a11);
            a12 = c1.fma(w2, a12);
            a13 = c1.fma(w3, a13);
        }
        store(a00, y0, o, hidden);
        store(a01, y0, o + L, hidden);
        store(a02, y0, o + 2 * L, hidden);
        store(a03, y0, o + 3 * L, hidden);
        store(a10, y1, o, hidden);
        store(a11, y1, o + L, hidden);
        store(a12, y1, o + 2 * L, hidden);
        store(a13, y1, o + 3 * L, hidden);
    }

    /** Outputs {@code o .. o + 2L)} of the group's four candidates, into layer k's buffers. */
    private void twoByFour(float[] w, int width, int in, int o, float[] init, float[] x0, int f0, float[] x1, int f1,
                           float[] x2, int f2, float[] x3, int f3, int k, boolean hidden) {
        FloatVector a00 = FloatVector.fromArray(S, init, o);
        FloatVector a01 = FloatVector.fromArray(S, init, o + L);
        FloatVector a10 = a00;
        FloatVector a11 = a01;
        FloatVector a20 = a00;
        FloatVector a21 = a01;
        FloatVector a30 = a00;
        FloatVector a31 = a01;
        for (int i = 0, wi = o; i < in; i++, wi += width) {
            FloatVector w0 = FloatVector.fromArray(S, w, wi);
            FloatVector w1 = FloatVector.fromArray(S, w, wi + L);
            FloatVector c = FloatVector.broadcast(S, x0[f0 + i]);
            a00 = c.fma(w0, a00);
            a01 = c.fma(w1, a01);
            c = FloatVector.broadcast(S, x1[f1 + i]);
            a10 = c.fma(w0, a10);
            a11 = c.fma(w1, a11);
            c = FloatVector.broadcast(S, x2[f2 + i]);
            a20 = c.fma(w0, a20);
            a21 = c.fma(w1, a21);
            c = FloatVector.broadcast(S, x3[f3 + i]);
            a30 = c.fma(w0, a30);
            a31 = c.fma(w1, a31);
        }
        store(a00, act[0][k], o, hidden);
        store(a01, act[0][k], o + L, hidden);
        store(a10, act[1][k], o, hidden);
        store(a11, act[1][k], o + L, hidden);
        store(a20, act[2][k], o, hidden);
        store(a21, act[2][k], o + L, hidden);
        store(a30, act[3][k], o, hidden);
        store(a31, act[3][k], o + L, hidden);
    }

    /** Outputs {@code o .. o + L)} of the group's four candidates, into layer k's buffers. */
    private void oneByFour(float[] w, int width, int in, int o, float[] init, float[] x0, int f0, float[] x1, int f1,
                           float[] x2, int f2, float[] x3, int f3, int k, boolean hidden) {
        FloatVector a0 = FloatVector.fromArray(S, init, o);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        for (int i = 0, wi = o; i < in; i++, wi += width) {
            FloatVector wv = FloatVector.fromArray(S, w, wi);
            a0 = FloatVector.broadcast(S, x0[f0 + i]).fma(wv, a0);
            a1 = FloatVector.broadcast(S, x1[f1 + i]).fma(wv, a1);
            a2 = FloatVector.broadcast(S, x2[f2 + i]).fma(wv, a2);
            a3 = FloatVector.broadcast(S, x3[f3 + i]).fma(wv, a3);
        }
        store(a0, act[0][k], o, hidden);
        store(a1, act[1][k], o, hidden);
        store(a2, act[2][k], o, hidden);
        store(a3, act[3][k], o, hidden);
    }

    private static void store(FloatVector a, float[] y, int o, boolean relu) {
        (relu ? a.max(0f) : a).intoArray(y, o);
    }
}
