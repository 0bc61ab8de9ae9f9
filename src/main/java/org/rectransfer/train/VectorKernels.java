package org.rectransfer.train;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dense products written with the incubating Vector API ({@code jdk.incubator.vector}),
 * with register-blocked tiles, at the widest vectors the machine has: eight floats with AVX2,
 * sixteen with AVX-512 (25-35 % faster on an AVX-512 Zen 5, docs/performance.md);
 * {@code -Drectransfer.vectorBits=256} keeps 256 bits. Only {@link KernelSelection} decides to
 * load this class: it needs {@code --add-modules jdk.incubator.vector} at run time.
 *
 * <p>Every output element is computed by the same chain of {@code fma}s, in the same order, as
 * in {@link BlockedKernels} (and as before the blocking): lanes are samples or inputs, never a
 * split of one sum, so the two implementations agree bit for bit and the numbers do not depend
 * on which one runs.
 */
final class VectorKernels {
    /** The property that narrows the vectors to 256 bits with the value {@code 256}. */
    static final String BITS_PROPERTY = "rectransfer.vectorBits";
    /** Constant once the class is initialised, so C2 folds it as it folds a SPECIES_ field. */
    static final VectorSpecies<Float> S = species();
    /** Floats per vector: 8 or 16. */
    private static final int L = S.length();
    /** Samples per chunk of the weight gradient: 64 input rows of 64 floats are 16 KB, half of L1. */
    static final int CHUNK = 64;

    private VectorKernels() {
    }

    /** @return the vectors' width in bits */
    static int bits() {
        return S.vectorBitSize();
    }

    /**
     * The machine's preferred species, or the narrower one {@link #BITS_PROPERTY} asks for. Lanes
     * are samples or inputs, never parts of one sum, so the width changes no result bit.
     */
    private static VectorSpecies<Float> species() {
        // Only narrowing is offered: vectors wider than the hardware's would be emulated, far slower.
        return "256".equals(System.getProperty(BITS_PROPERTY, "").strip())
                ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;
    }

    /**
     * Feature-major product {@code y[r][b] = init[r] + sum_k c[cOff + r * rStride + k * kStride]
     * * x[xFirst + k][b]} for {@code r < rows}, {@code b < n}, the sum taken in increasing k by
     * fma; {@code init == null} means 0. The forward pass is {@code (rStride, kStride) = (row
     * stride, 1)}, the input gradient the transposed weights {@code (1, in)}.
     *
     * <p>Tiles of four rows by three vectors of samples (twelve vector accumulators) stay in registers over
     * the whole sum: per k, three vector loads of x and four broadcast coefficients feed twelve
     * fmas, where one row at a time reloaded and stored y for every four fmas. Twelve chains
     * rather than eight keep both fma units busy through the fma latency (+6 % over 4 x 16 in
     * the engine); the batch's rest goes in tiles of four rows by two vectors and by one.
     */
    static void product(float[] c, int cOff, int rStride, int kStride, int rows, int inner,
                        float[] init, float[][] x, int xFirst, float[][] y, int n) {
        // Batch blocks outside, rows inside: the block's slice of x (inner x 64 bytes) stays in
        // L1 for all the rows, where rows outside streamed the whole of x from L2 once per tile.
        int b = 0;
        for (; b + 3 * L <= n; b += 3 * L) {
            int r = 0;
            for (; r + 3 < rows; r += 4) {
                tile4x3(c, cOff + r * rStride, rStride, kStride, inner, init, r, x, xFirst, y, b);
            }
            for (; r < rows; r++) {
                tile1x2(c, cOff + r * rStride, kStride, inner, init, r, x, xFirst, y, b);
                tile1x1(c, cOff + r * rStride, kStride, inner, init, r, x, xFirst, y, b + 2 * L);
            }
        }
        for (; b + 2 * L <= n; b += 2 * L) {
            int r = 0;
            for (; r + 3 < rows; r += 4) {
                tile4x2(c, cOff + r * rStride, rStride, kStride, inner, init, r, x, xFirst, y, b);
            }
            for (; r < rows; r++) {
                tile1x2(c, cOff + r * rStride, kStride, inner, init, r, x, xFirst, y, b);
            }
        }
        // The last samples, a vector at a time: a partial vector is computed whole when the rows
        // have room (their capacity is the batch buffer's), its lanes past n being scratch. A
        // scalar tail would cost as much as the rest for 100 candidates (4 left after 96).
        int whole = b + (n - b + L - 1) / L * L;
        int end = whole > n && fits(x, xFirst, inner, y, rows, whole) ? n : b + (n - b) / L * L;
        for (; b < end; b += L) {
            int r = 0;
            for (; r + 3 < rows; r += 4) {
                tile4x1(c, cOff + r * rStride, rStride, kStride, inner, init, r, x, xFirst, y, b);
            }
            for (; r < rows; r++) {
                tile1x1(c, cOff + r * rStride, kStride, inner, init, r, x, xFirst, y, b);
            }
        }
        for (int r = 0; b < n && r < rows; r++) {
            BlockedKernels.scalarTail(c, cOff + r * rStride, kStride, inner, init, r, x, xFirst, y, b, n);
        }
    }

    /** @return whether every row of x and y holds at least {@code length} floats */
    private static boolean fits(float[][] x, int xFirst, int inner, float[][] y, int rows, int length) {
        for (int k = 0; k < inner; k++) {
            if (x[xFirst + k].length < length) {
                return false;
            }
        }
        for (int r = 0; r < rows; r++) {
            if (y[r].length < length) {
                return false;
            }
        }
        return true;
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

    private static void tile4x3(float[] c, int c0, int rStride, int kStride, int inner, float[] init,
                                int r, float[][] x, int xFirst, float[][] y, int b) {
        FloatVector a00 = FloatVector.broadcast(S, init == null ? 0f : init[r]);
        FloatVector a01 = a00;
        FloatVector a02 = a00;
        FloatVector a10 = FloatVector.broadcast(S, init == null ? 0f : init[r + 1]);
        FloatVector a11 = a10;
        FloatVector a12 = a10;
        FloatVector a20 = FloatVector.broadcast(S, init == null ? 0f : init[r + 2]);
        FloatVector a21 = a20;
        FloatVector a22 = a20;
        FloatVector a30 = FloatVector.broadcast(S, init == null ? 0f : init[r + 3]);
        FloatVector a31 = a30;
        FloatVector a32 = a30;
        int c1 = c0 + rStride;
        int c2 = c1 + rStride;
        int c3 = c2 + rStride;
        for (int k = 0, ck = 0; k < inner; k++, ck += kStride) {
            float[] xk = x[xFirst + k];
            FloatVector x0 = FloatVector.fromArray(S, xk, b);
            FloatVector x1 = FloatVector.fromArray(S, xk, b + L);
            FloatVector x2 = FloatVector.fromArray(S, xk, b + 2 * L);
            FloatVector w = FloatVector.broadcast(S, c[c0 + ck]);
            a00 = x0.fma(w, a00);
            a01 = x1.fma(w, a01);
            a02 = x2.fma(w, a02);
            w = FloatVector.broadcast(S, c[c1 + ck]);
            a10 = x0.fma(w, a10);
            a11 = x1.fma(w, a11);
            a12 = x2.fma(w, a12);
            w = FloatVector.broadcast(S, c[c2 + ck]);
            a20 = x0.fma(w, a20);
            a21 = x1.fma(w, a21);
            a22 = x2.fma(w, a22);
            w = FloatVector.broadcast(S, c[c3 + ck]);
            a30 = x0.fma(w, a30);
            a31 = x1.fma(w, a31);
            a32 = x2.fma(w, a32);
        }
        a00.intoArray(y[r], b);
        a01.intoArray(y[r], b + L);
        a02.intoArray(y[r], b + 2 * L);
        a10.intoArray(y[r + 1], b);
        a11.intoArray(y[r + 1], b + L);
        a12.intoArray(y[r + 1], b + 2 * L);
        a20.intoArray(y[r + 2], b);
        a21.intoArray(y[r + 2], b + L);
        a22.intoArray(y[r + 2], b + 2 * L);
        a30.intoArray(y[r + 3], b);
        a31.intoArray(y[r + 3], b + L);
        a32.intoArray(y[r + 3], b + 2 * L);
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

    private static void tile4x1(float[] c, int c0, int rStride, int kStride, int inner, float[] init,
                                int r, float[][] x, int xFirst, float[][] y, int b) {
        FloatVector a0 = FloatVector.broadcast(S, init == null ? 0f : init[r]);
        FloatVector a1 = FloatVector.broadcast(S, init == null ? 0f : init[r + 1]);
        FloatVector a2 = FloatVector.broadcast(S, init == null ? 0f : init[r + 2]);
        FloatVector a3 = FloatVector.broadcast(S, init == null ? 0f : init[r + 3]);
        int c1 = c0 + rStride;
        int c2 = c1 + rStride;
        int c3 = c2 + rStride;
        for (int k = 0, ck = 0; k < inner; k++, ck += kStride) {
            FloatVector xk = FloatVector.fromArray(S, x[xFirst + k], b);
            a0 = xk.fma(FloatVector.broadcast(S, c[c0 + ck]), a0);
            a1 = xk.fma(FloatVector.broadcast(S, c[c1 + ck]), a1);
            a2 = xk.fma(FloatVector.broadcast(S, c[c2 + ck]), a2);
            a3 = xk.fma(FloatVector.broadcast(S, c[c3 + ck]), a3);
        }
        a0.intoArray(y[r], b);
        a1.intoArray(y[r + 1], b);
        a2.intoArray(y[r + 2], b);
        a3.intoArray(y[r + 3], b);
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
     * See {@link Kernels#weightGradient}. Tiles of four outputs by two vectors of inputs (eight vector
     * accumulators) are summed over the samples in registers: per sample, two vector loads of
     * its input row and four broadcast deltas feed eight fmas. The samples are taken in chunks
     * of {@link #CHUNK}, whose input rows stay in L1 for all the tiles; each tile continues from
     * the partial sums the previous chunk stored.
     *
     * <p>Unlike the scalar path, samples with a zero delta are not skipped: listing the live
     * samples per output cost as much as the fmas it saved, and it would break the tiles across
     * outputs. Adding {@code fma(0, x, acc)} leaves acc's bits unchanged for finite x (acc is
     * never -0: it starts at +0 and a float sum is -0 only if both terms are), so the result is
     * the same bits as skipping; a non-finite input would make it NaN where skipping kept a
     * number, but then the forward pass is not finite either.
     */
    static void weightGradient(float[][] dz, int out, int n, float[][] xs, int in,
                               float[] gw, float[] gb) {
        BlockedKernels.biasGradient(dz, out, n, gb);
        int from = 0;
        do {    // at least once: n == 0 still overwrites gw with zeros
            int to = Math.min(n, from + CHUNK);
            boolean first = from == 0;
            int o = 0;
            for (; o + 3 < out; o += 4) {
                int i = 0;
                for (; i + 2 * L <= in; i += 2 * L) {
                    outer4x2(dz, o, xs, in, i, from, to, gw, first);
                }
                for (int q = o; q < o + 4; q++) {
                    outerRow(dz[q], xs, in, i, from, to, gw, q * in, first);
                }
            }
            for (; o < out; o++) {
                outerRow(dz[o], xs, in, 0, from, to, gw, o * in, first);
            }
            from = to;
        } while (from < n);
    }

    /** The accumulators' start: zero for the first chunk, else the partial sums in gw. */
    private static FloatVector start(float[] gw, int g, boolean first) {
        return first ? FloatVector.zero(S) : FloatVector.fromArray(S, gw, g);
    }

    private static void outer4x2(float[][] dz, int o, float[][] xs, int in, int i, int from, int to,
                                 float[] gw, boolean first) {
        float[] d0 = dz[o];
        float[] d1 = dz[o + 1];
        float[] d2 = dz[o + 2];
        float[] d3 = dz[o + 3];
        int g0 = o * in + i;
        int g1 = g0 + in;
        int g2 = g1 + in;
        int g3 = g2 + in;
        FloatVector a00 = start(gw, g0, first);
        FloatVector a01 = start(gw, g0 + L, first);
        FloatVector a10 = start(gw, g1, first);
        FloatVector a11 = start(gw, g1 + L, first);
        FloatVector a20 = start(gw, g2, first);
        FloatVector a21 = start(gw, g2 + L, first);
        FloatVector a30 = start(gw, g3, first);
        FloatVector a31 = start(gw, g3 + L, first);
        for (int b = from; b < to; b++) {
            float[] xb = xs[b];
            FloatVector x0 = FloatVector.fromArray(S, xb, i);
            FloatVector x1 = FloatVector.fromArray(S, xb, i + L);
            FloatVector d = FloatVector.broadcast(S, d0[b]);
            a00 = x0.fma(d, a00);
            a01 = x1.fma(d, a01);
            d = FloatVector.broadcast(S, d1[b]);
            a10 = x0.fma(d, a10);
            a11 = x1.fma(d, a11);
            d = FloatVector.broadcast(S, d2[b]);
            a20 = x0.fma(d, a20);
            a21 = x1.fma(d, a21);
            d = FloatVector.broadcast(S, d3[b]);
            a30 = x0.fma(d, a30);
            a31 = x1.fma(d, a31);
        }
        a00.intoArray(gw, g0);
        a01.intoArray(gw, g0 + L);
        a10.intoArray(gw, g1);
        a11.intoArray(gw, g1 + L);
        a20.intoArray(gw, g2);
        a21.intoArray(gw, g2 + L);
        a30.intoArray(gw, g3);
        a31.intoArray(gw, g3 + L);
    }

    /** Inputs {@code i .. in)} of one output's row: a vector at a time, then one at a time. */
    private static void outerRow(float[] d, float[][] xs, int in, int i, int from, int to,
                                 float[] gw, int row, boolean first) {
        for (; i + L <= in; i += L) {
            FloatVector a = start(gw, row + i, first);
            for (int b = from; b < to; b++) {
                a = FloatVector.fromArray(S, xs[b], i).fma(FloatVector.broadcast(S, d[b]), a);
            }
            a.intoArray(gw, row + i);
        }
        BlockedKernels.gradientTail(d, xs, i, in, from, to, gw, row, first);
    }
}
