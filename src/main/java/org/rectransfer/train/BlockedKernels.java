package org.rectransfer.train;

import java.util.Arrays;

/**
 * The dense products in plain Java that C2 vectorises: the implementation used when the Vector
 * API module is not in the JVM (see {@link KernelSelection}), and the tails of
 * {@link VectorKernels}. Each output element is the same fma chain, in the same order, as
 * there, so both give the same bits.
 *
 * <p>C2 cannot keep an array's values in registers across an outer loop, so the only blocking
 * open to plain Java is of the loop body: each pass combines four terms of a sum, to load and
 * store each output once per four fmas. Wider bodies (two rows, eight samples) were tried and
 * measured slower: these are the loops the engine had before the Vector API kernels.
 */
final class BlockedKernels {
    private BlockedKernels() {
    }

    /**
     * See {@link VectorKernels#product}: the same contract and the same rounding. One row at a
     * time, four terms of the sum per pass over the batch; two rows per pass (fewer loads of x
     * per fma) measured two to three times slower, as C2 then did not vectorise the loop.
     */
    static void product(float[] c, int cOff, int rStride, int kStride, int rows, int inner,
                        float[] init, float[][] x, int xFirst, float[][] y, int n) {
        for (int r = 0; r < rows; r++) {
            float[] yr = y[r];
            Arrays.fill(yr, 0, n, init == null ? 0f : init[r]);
            int c0 = cOff + r * rStride;
            int k = 0;
            for (; k + 3 < inner; k += 4) {
                int ck = c0 + k * kStride;
                float w0 = c[ck];
                float w1 = c[ck + kStride];
                float w2 = c[ck + 2 * kStride];
                float w3 = c[ck + 3 * kStride];
                float[] x0 = x[xFirst + k];
                float[] x1 = x[xFirst + k + 1];
                float[] x2 = x[xFirst + k + 2];
                float[] x3 = x[xFirst + k + 3];
                for (int b = 0; b < n; b++) {
                    yr[b] = Math.fma(w3, x3[b], Math.fma(w2, x2[b], Math.fma(w1, x1[b], Math.fma(w0, x0[b], yr[b]))));
                }
            }
            for (; k < inner; k++) {
                float wk = c[c0 + k * kStride];
                float[] xk = x[xFirst + k];
                for (int b = 0; b < n; b++) {
                    yr[b] = Math.fma(wk, xk[b], yr[b]);
                }
            }
        }
    }

    /**
     * Samples {@code from .. n)} of row r of {@link VectorKernels#product}, one at a time (the
     * batch's last, partial vector).
     */
    static void scalarTail(float[] c, int c0, int kStride, int inner, float[] init, int r,
                           float[][] x, int xFirst, float[][] y, int from, int n) {
        float[] yr = y[r];
        for (int b = from; b < n; b++) {
            float s = init == null ? 0f : init[r];
            for (int k = 0, ck = c0; k < inner; k++, ck += kStride) {
                s = Math.fma(c[ck], x[xFirst + k][b], s);
            }
            yr[b] = s;
        }
    }

    /**
     * See {@link Kernels#weightGradient}: per output, the live samples are added four at a time
     * into {@code acc}, which is loaded and stored once per four fmas. Eight at a time measured
     * slower (C2 then vectorised the loop less well).
     */
    static void weightGradient(float[][] dz, int out, int n, float[][] xs, int in,
                               float[] gw, float[] gb, float[] acc, int[] live) {
        biasGradient(dz, out, n, gb);
        for (int o = 0; o < out; o++) {
            float[] d = dz[o];
            int count = 0;
            // Branch-free: which deltas are zero is data-dependent and unpredictable.
            for (int b = 0; b < n; b++) {
                live[count] = b;
                count += d[b] != 0f ? 1 : 0;
            }
            Arrays.fill(acc, 0, in, 0f);
            int j = 0;
            for (; j + 3 < count; j += 4) {
                float d0 = d[live[j]];
                float d1 = d[live[j + 1]];
                float d2 = d[live[j + 2]];
                float d3 = d[live[j + 3]];
                float[] x0 = xs[live[j]];
                float[] x1 = xs[live[j + 1]];
                float[] x2 = xs[live[j + 2]];
                float[] x3 = xs[live[j + 3]];
                for (int i = 0; i < in; i++) {
                    acc[i] = Math.fma(d3, x3[i], Math.fma(d2, x2[i], Math.fma(d1, x1[i], Math.fma(d0, x0[i], acc[i]))));
                }
            }
            for (; j < count; j++) {
                float d0 = d[live[j]];
                float[] x0 = xs[live[j]];
                for (int i = 0; i < in; i++) {
                    acc[i] = Math.fma(d0, x0[i], acc[i]);
                }
            }
            System.arraycopy(acc, 0, gw, o * in, in);
        }
    }

    /**
     * {@code gb[o] = sum_b dz[o][b]}, each sum in increasing b as one chain of float adds. Four
     * outputs per pass: one output's chain waits three cycles per add, four chains side by side
     * do not (one at a time, this cost as much as FC1's weight gradient proper).
     */
    static void biasGradient(float[][] dz, int out, int n, float[] gb) {
        int o = 0;
        for (; o + 3 < out; o += 4) {
            float[] d0 = dz[o];
            float[] d1 = dz[o + 1];
            float[] d2 = dz[o + 2];
            float[] d3 = dz[o + 3];
            float s0 = 0f;
            float s1 = 0f;
            float s2 = 0f;
            float s3 = 0f;
            for (int b = 0; b < n; b++) {
                s0 += d0[b];
                s1 += d1[b];
                s2 += d2[b];
                s3 += d3[b];
            }
            gb[o] = s0;
            gb[o + 1] = s1;
            gb[o + 2] = s2;
            gb[o + 3] = s3;
        }
        for (; o < out; o++) {
            float[] d = dz[o];
            float s = 0f;
            for (int b = 0; b < n; b++) {
                s += d[b];
            }
            gb[o] = s;
        }
    }

    /**
     * Inputs {@code i .. in)} of one output's weight gradient over samples {@code from .. to)},
     * one input at a time, continuing gw's partial sums unless {@code first}: the row's last,
     * partial vector in {@link VectorKernels#weightGradient}.
     */
    static void gradientTail(float[] d, float[][] xs, int i, int in, int from, int to,
                             float[] gw, int row, boolean first) {
        for (; i < in; i++) {
            float s = first ? 0f : gw[row + i];
            for (int b = from; b < to; b++) {
                s = Math.fma(d[b], xs[b][i], s);
            }
            gw[row + i] = s;
        }
    }
}
