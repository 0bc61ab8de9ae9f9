package org.rectransfer.train;

import java.util.Arrays;

/**
 * The engine's inner loops, written so that C2 vectorises them.
 *
 * <p>C2 (JDK 17) vectorises {@code y[b] += w * x[b]} over distinct arrays indexed from zero,
 * but not the same loop over one flat array at two offsets (it cannot rule out overlap), which
 * runs about five times slower. Batch buffers are therefore arrays of rows, never flat arrays
 * with offsets, and the inner loops combine four rows per pass to save loads and stores of y.
 *
 * <p>Two layouts are used for a batch. <em>Feature-major</em> {@code x[feature][sample]}: the
 * forward pass and the input gradient run along the batch, so their inner loops are as long as
 * the batch whatever the layer's width. <em>Sample-major</em> {@code xs[sample][feature]}: the
 * weight gradient adds each sample's input row into a weight row, so its inner loop runs along
 * the layer's input. Only the first {@code n} samples are valid.
 */
final class Kernels {
    private Kernels() {
    }

    /**
     * {@code y = W x + bias} for a batch. W's row {@code o} is
     * {@code w[wOff + o * wStride .. + in]} (the stride lets FC1 use only the item half of its
     * weights), its input rows are {@code x[xFirst .. xFirst + in)}; x and y are feature-major.
     */
    static void denseForward(float[] w, int wOff, int wStride, int in, int out, float[] bias,
                             float[][] x, int xFirst, float[][] y, int n) {
        for (int o = 0; o < out; o++) {
            float[] yo = y[o];
            Arrays.fill(yo, 0, n, bias[o]);
            int wo = wOff + o * wStride;
            int i = 0;
            for (; i + 3 < in; i += 4) {
                float w0 = w[wo + i];
                float w1 = w[wo + i + 1];
                float w2 = w[wo + i + 2];
                float w3 = w[wo + i + 3];
                float[] x0 = x[xFirst + i];
                float[] x1 = x[xFirst + i + 1];
                float[] x2 = x[xFirst + i + 2];
                float[] x3 = x[xFirst + i + 3];
                for (int b = 0; b < n; b++) {
                    yo[b] = Math.fma(w3, x3[b], Math.fma(w2, x2[b], Math.fma(w1, x1[b], Math.fma(w0, x0[b], yo[b]))));
                }
            }
            for (; i < in; i++) {
                float wi = w[wo + i];
                float[] xi = x[xFirst + i];
                for (int b = 0; b < n; b++) {
                    yo[b] = Math.fma(wi, xi[b], yo[b]);
                }
            }
        }
    }

    /** In-place ReLU on {@code rows} feature-major rows. */
    static void relu(float[][] y, int rows, int n) {
        for (int r = 0; r < rows; r++) {
            float[] yr = y[r];
            for (int b = 0; b < n; b++) {
                yr[b] = Math.max(yr[b], 0f);
            }
        }
    }

    /** In-place logistic sigmoid on the first {@code n} values. */
    static void sigmoid(float[] y, int n) {
        for (int b = 0; b < n; b++) {
            y[b] = (float) (1.0 / (1.0 + Math.exp(-y[b])));
        }
    }

    /**
     * Weight and bias gradients of a dense layer, overwriting gw (row-major {@code [out][in]})
     * and gb: {@code gw[o][i] = sum_b dz[o][b] xs[b][i]}, {@code gb[o] = sum_b dz[o][b]}.
     * dz is feature-major, xs sample-major. Samples with a zero delta (the unit's ReLU was off)
     * are skipped; the others are taken four at a time. {@code acc} holds {@code in} floats,
     * {@code live} {@code n} ints.
     */
    static void weightGradient(float[][] dz, int out, int n, float[][] xs, int in,
                               float[] gw, float[] gb, float[] acc, int[] live) {
        for (int o = 0; o < out; o++) {
            float[] d = dz[o];
            int count = 0;
            float bias = 0f;
            // Branch-free: which deltas are zero is data-dependent and unpredictable.
            for (int b = 0; b < n; b++) {
                live[count] = b;
                count += d[b] != 0f ? 1 : 0;
                bias += d[b];
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
            gb[o] = bias;
        }
    }

    /**
     * Gradient with respect to a dense layer's input, overwriting dx:
     * {@code dx[i][b] = sum_o w[o][i] dz[o][b]}; dz and dx feature-major, w row-major
     * {@code [out][in]}.
     */
    static void inputGradient(float[] w, int in, int out, float[][] dz, int n, float[][] dx) {
        for (int i = 0; i < in; i++) {
            float[] dxi = dx[i];
            Arrays.fill(dxi, 0, n, 0f);
            int o = 0;
            for (; o + 3 < out; o += 4) {
                float w0 = w[o * in + i];
                float w1 = w[(o + 1) * in + i];
                float w2 = w[(o + 2) * in + i];
                float w3 = w[(o + 3) * in + i];
                float[] d0 = dz[o];
                float[] d1 = dz[o + 1];
                float[] d2 = dz[o + 2];
                float[] d3 = dz[o + 3];
                for (int b = 0; b < n; b++) {
                    dxi[b] = Math.fma(w3, d3[b], Math.fma(w2, d2[b], Math.fma(w1, d1[b], Math.fma(w0, d0[b], dxi[b]))));
                }
            }
            for (; o < out; o++) {
                float w0 = w[o * in + i];
                float[] d0 = dz[o];
                for (int b = 0; b < n; b++) {
                    dxi[b] = Math.fma(w0, d0[b], dxi[b]);
                }
            }
        }
    }

    /**
     * Zeroes the gradient where the ReLU that produced {@code act} was off (act == 0). Written
     * without a branch, which would be mispredicted about half the time: for a ReLU output
     * {@code a >= 0}, {@code min(a * MAX * MAX, 1)} is exactly 0 for a == 0 and exactly 1 for
     * any a > 0 (even the smallest subnormal), and the product vectorises.
     */
    static void reluMask(float[][] dx, float[][] act, int rows, int n) {
        for (int r = 0; r < rows; r++) {
            float[] d = dx[r];
            float[] a = act[r];
            for (int b = 0; b < n; b++) {
                d[b] *= Math.min(a[b] * Float.MAX_VALUE * Float.MAX_VALUE, 1f);
            }
        }
    }

    /**
     * Copies columns {@code first .. first + count)} of sample-major {@code src[n][..]} into rows
     * {@code first ..} of feature-major {@code dst[..][n]}.
     */
    static void toFeatureMajor(float[][] src, int first, int count, int n, float[][] dst) {
        for (int f = first; f < first + count; f++) {
            float[] df = dst[f];
            for (int b = 0; b < n; b++) {
                df[b] = src[b][f];
            }
        }
    }

    /**
     * Copies feature-major {@code src[rows][n]} into sample-major {@code dst[n][rows]}, four
     * samples per pass so that each source row is fetched once per four values.
     */
    static void toSampleMajor(float[][] src, int rows, int n, float[][] dst) {
        int b = 0;
        for (; b + 3 < n; b += 4) {
            float[] d0 = dst[b];
            float[] d1 = dst[b + 1];
            float[] d2 = dst[b + 2];
            float[] d3 = dst[b + 3];
            for (int r = 0; r < rows; r++) {
                float[] s = src[r];
                d0[r] = s[b];
                d1[r] = s[b + 1];
                d2[r] = s[b + 2];
                d3[r] = s[b + 3];
            }
        }
        for (; b < n; b++) {
            float[] db = dst[b];
            for (int r = 0; r < rows; r++) {
                db[r] = src[r][b];
            }
        }
    }
}
