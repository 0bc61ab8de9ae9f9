package org.rectransfer.train;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dense products written with the incubating Vector API ({@code jdk.incubator.vector}),
 * eight floats (AVX2) per vector, with register-blocked tiles. Only {@link KernelSelection}
 * decides to load this class: it needs {@code --add-modules jdk.incubator.vector} at run time.
 *
 * <p>Every output element is computed by the same chain of {@code fma}s, in the same order, as
 * in {@link BlockedKernels} (and as before the blocking): lanes are samples or inputs, never a
 * split of one sum, so the two implementations agree bit for bit and the numbers do not depend
 * on which one runs.
 */
final class VectorKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    private static final int L = 8;
    /** Samples per chunk of the weight gradient: 64 input rows of 64 floats are 16 KB, half of L1. */
    static final int CHUNK = 64;

    private VectorKernels() {
    }

    /**
     * Feature-major product {@code y[r][b] = init[r] + sum_k c[cOff + r * rStride + k * kStride]
     * * x[xFirst + k][b]} for {@code r < rows}, {@code b < n}, the sum taken in increasing k by
     * fma; {@code init == null} means 0. The forward pass is {@code (rStride, kStride) = (row
     * stride, 1)}, the input gradient the transposed weights {@code (1, in)}.
     *
     * <p>Tiles of four rows by sixteen samples (eight vector accumulators) stay in registers
     * over the whole sum: per k, two vector loads of x and four broadcast coefficients feed
     * eight fmas, where one row at a time reloaded and stored y for every four fmas.
     */
    static void product(float[] c, int cOff, int rStride, int kStride, int rows, int inner,
                        float[] init, float[][] x, int xFirst, float[][] y, int n) {
        // Batch blocks outside, rows inside: the block's slice of x (inner x 64 bytes) stays in
        // L1 for all the rows, where rows outside streamed the whole of x from L2 once per tile.
        int b = 0;
        for (; b + 2 * L <= n; b += 2 * L) {
            int r = 0;
            for (; r + 3 < rows; r += 4) {
                tile4x2(c, cOff + r * rStride, rStride, kStride, inner, init, r, x, xFirst, y, b);
            }
            for (; r < rows; r++) {
                tile1x2(c, cOff + r * rStride, kStride, inner, init, r, x, xFirst, y, b);
            }
        }
        for (; b + L <= n; b += L) {
            for (int r = 0; r < rows; r++) {
                tile1x1(c, cOff + r * rStride, kStride, inner, init, r, x, xFirst, y, b);
            }
        }
        for (int r = 0; r < rows; r++) {
            BlockedKernels.scalarTail(c, cOff + r * rStride, kStride, inner, init, r, x, xFirst, y, b, n);
        }
    }

    private static void tile4x2(float[] c, int c0, int rStride, int kStride, int inner, float[] init,
                                int r, float[][] x, int xFirst, float[][] y, int b) {
        float i0 = init == null ? 0f : init[r];
        float i1 = init == null ? 0f : init[r + 1];
        float i2 = init == null ? 0f : init[r + 2];
        float i3 = init == null ? 0f : init[r + 3];
        FloatVector a00 = FloatVector.broadcast(S, i0);
        FloatVector a01 = a00;
        FloatVector a10 = FloatVector.broadcast(S, i1);
        FloatVector a11 = a10;
        FloatVector a20 = FloatVector.broadcast(S, i2);
        FloatVector a21 = a20;
        FloatVector a30 = FloatVector.broadcast(S, i3);
        FloatVector a31 = a30;
        int c1 = c0 + rStride;
        int c2 = c1 + rStride;
        int c3 = c2 + rStride;
        for (int k = 0, ck = 0; k < inner; k++, ck += kStride) {
            float[] xk = x[xFirst + k];
            FloatVector x0 = FloatVector.fromArray(S, xk, b);
            FloatVector x1 = FloatVector.fromArray(S, xk, b + L);
            FloatVector w = FloatVector.broadcast(S, c[c0 + ck]);
            a00 = x0.fma(w, a00);
            a01 = x1.fma(w, a01);
            w = FloatVector.broadcast(S, c[c1 + ck]);
            a10 = x0.fma(w, a10);
            a11 = x1.fma(w, a11);
            w = FloatVector.broadcast(S, c[c2 + ck]);
            a20 = x0.fma(w, a20);
            a21 = x1.fma(w, a21);
            w = FloatVector.broadcast(S, c[c3 + ck]);
            a30 = x0.fma(w, a30);
            a31 = x1.fma(w, a31);
        }
        a00.intoArray(y[r], b);
        a01.intoArray(y[r], b + L);
        a10.intoArray(y[r + 1], b);
        a11.intoArray(y[r + 1], b + L);
        a20.intoArray(y[r + 2], b);
        a21.intoArray(y[r + 2], b + L);
        a30.intoArray(y[r + 3], b);
        a31.intoArray(y[r + 3], b + L);
    }

    private static void tile1x2(float[] c, int c0, int kStride, int inner, float[] init,
                                int r, float[][] x, int xFirst, float[][] y, int b) {
        FloatVector a0 = FloatVector.broadcast(S, init == null ? 0f : init[r]);
        FloatVector a1 = a0;
        for (int k = 0, ck = c0; k < inner; k++, ck += kStride) {
            float[] xk = x[xFirst + k];
            FloatVector w = FloatVector.broadcast(S, c[ck]);
            a0 = FloatVector.fromArray(S, xk, b).fma(w, a0);
            a1 = FloatVector.fromArray(S, xk, b + L).fma(w, a1);
        }
        a0.intoArray(y[r], b);
        a1.intoArray(y[r], b + L);
    }

    private static void tile1x1(float[] c, int c0, int kStride, int inner, float[] init,
                                int r, float[][] x, int xFirst, float[][] y, int b) {
        FloatVector a0 = FloatVector.broadcast(S, init == null ? 0f : init[r]);
        for (int k = 0, ck = c0; k < inner; k++, ck += kStride) {
            a0 = FloatVector.fromArray(S, x[xFirst + k], b).fma(FloatVector.broadcast(S, c[ck]), a0);
        }
        a0.intoArray(y[r], b);
    }

    /**
     * See {@link Kernels#weightGradient}. Per output, the live samples' input rows are summed
     * into up to 64 inputs held in eight vector registers, and stored once per chunk of
     * {@link #CHUNK} samples: the old loop loaded and stored its accumulator row every four
     * samples. The chunks keep their input rows in L1 across all outputs; the sums still run
     * over the samples in increasing order, continued from the stored partial sums.
     */
    static void weightGradient(float[][] dz, int out, int n, float[][] xs, int in,
                               float[] gw, float[] gb, int[] live) {
        int from = 0;
        do {    // at least once: n == 0 still overwrites gw and gb with zeros
            int to = Math.min(n, from + CHUNK);
            boolean first = from == 0;
            for (int o = 0; o < out; o++) {
                float[] d = dz[o];
                int count = 0;
                float bias = first ? 0f : gb[o];
                // Branch-free: which deltas are zero is data-dependent and unpredictable.
                for (int b = from; b < to; b++) {
                    live[count] = b;
                    count += d[b] != 0f ? 1 : 0;
                    bias += d[b];
                }
                gb[o] = bias;
                int row = o * in;
                int i = 0;
                for (; i + 8 * L <= in; i += 8 * L) {
                    columns8(d, live, count, xs, i, gw, row + i, first);
                }
                for (; i + 4 * L <= in; i += 4 * L) {
                    columns4(d, live, count, xs, i, gw, row + i, first);
                }
                for (; i + L <= in; i += L) {
                    columns1(d, live, count, xs, i, gw, row + i, first);
                }
                BlockedKernels.gradientTail(d, live, count, xs, i, in, gw, row, first);
            }
            from = to;
        } while (from < n);
    }

    /** The accumulators' start: zero for the first chunk, else the partial sums in gw. */
    private static FloatVector start(float[] gw, int g, boolean first) {
        return first ? FloatVector.zero(S) : FloatVector.fromArray(S, gw, g);
    }

    private static void columns8(float[] d, int[] live, int count, float[][] xs, int i, float[] gw, int g,
                                 boolean first) {
        FloatVector a0 = start(gw, g, first);
        FloatVector a1 = start(gw, g + L, first);
        FloatVector a2 = start(gw, g + 2 * L, first);
        FloatVector a3 = start(gw, g + 3 * L, first);
        FloatVector a4 = start(gw, g + 4 * L, first);
        FloatVector a5 = start(gw, g + 5 * L, first);
        FloatVector a6 = start(gw, g + 6 * L, first);
        FloatVector a7 = start(gw, g + 7 * L, first);
        for (int j = 0; j < count; j++) {
            int b = live[j];
            float[] xb = xs[b];
            FloatVector db = FloatVector.broadcast(S, d[b]);
            a0 = FloatVector.fromArray(S, xb, i).fma(db, a0);
            a1 = FloatVector.fromArray(S, xb, i + L).fma(db, a1);
            a2 = FloatVector.fromArray(S, xb, i + 2 * L).fma(db, a2);
            a3 = FloatVector.fromArray(S, xb, i + 3 * L).fma(db, a3);
            a4 = FloatVector.fromArray(S, xb, i + 4 * L).fma(db, a4);
            a5 = FloatVector.fromArray(S, xb, i + 5 * L).fma(db, a5);
            a6 = FloatVector.fromArray(S, xb, i + 6 * L).fma(db, a6);
            a7 = FloatVector.fromArray(S, xb, i + 7 * L).fma(db, a7);
        }
        a0.intoArray(gw, g);
        a1.intoArray(gw, g + L);
        a2.intoArray(gw, g + 2 * L);
        a3.intoArray(gw, g + 3 * L);
        a4.intoArray(gw, g + 4 * L);
        a5.intoArray(gw, g + 5 * L);
        a6.intoArray(gw, g + 6 * L);
        a7.intoArray(gw, g + 7 * L);
    }

    private static void columns4(float[] d, int[] live, int count, float[][] xs, int i, float[] gw, int g,
                                 boolean first) {
        FloatVector a0 = start(gw, g, first);
        FloatVector a1 = start(gw, g + L, first);
        FloatVector a2 = start(gw, g + 2 * L, first);
        FloatVector a3 = start(gw, g + 3 * L, first);
        for (int j = 0; j < count; j++) {
            int b = live[j];
            float[] xb = xs[b];
            FloatVector db = FloatVector.broadcast(S, d[b]);
            a0 = FloatVector.fromArray(S, xb, i).fma(db, a0);
            a1 = FloatVector.fromArray(S, xb, i + L).fma(db, a1);
            a2 = FloatVector.fromArray(S, xb, i + 2 * L).fma(db, a2);
            a3 = FloatVector.fromArray(S, xb, i + 3 * L).fma(db, a3);
        }
        a0.intoArray(gw, g);
        a1.intoArray(gw, g + L);
        a2.intoArray(gw, g + 2 * L);
        a3.intoArray(gw, g + 3 * L);
    }

    private static void columns1(float[] d, int[] live, int count, float[][] xs, int i, float[] gw, int g,
                                 boolean first) {
        FloatVector a0 = start(gw, g, first);
        for (int j = 0; j < count; j++) {
            int b = live[j];
            a0 = FloatVector.fromArray(S, xs[b], i).fma(FloatVector.broadcast(S, d[b]), a0);
        }
        a0.intoArray(gw, g);
    }
}
