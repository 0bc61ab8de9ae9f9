package org.rectransfer.train;

import java.util.Arrays;

/**
 * The engine's inner loops. The three dense products (forward, input gradient, weight gradient)
 * are register-blocked and delegate to {@link VectorKernels} (Vector API) or, when the
 * {@code jdk.incubator.vector} module is not in the JVM, to {@link BlockedKernels} (plain Java
 * that C2 vectorises); {@link KernelSelection} chooses once. Both compute every output with the
 * same chain of {@code fma}s in the same order, so results are the same bits whichever runs,
 * and the same as before the blocking (docs/performance.md, section Kernels).
 *
 * <p>Two layouts are used for a batch. <em>Feature-major</em> {@code x[feature][sample]}: the
 * forward pass and the input gradient run along the batch, so their vectors hold samples
 * whatever the layer's width; the vector kernels keep a tile of four outputs by three vectors
 * of samples (24 with AVX2, 48 with AVX-512) in twelve registers over the whole sum. <em>Sample-major</em> {@code xs[sample][feature]}: the
 * weight gradient adds each sample's input row into a weight row, so its vectors run along the
 * layer's input; the vector kernel keeps a tile of four outputs by two vectors of inputs in
 * eight registers over the samples (the scalar one reloads its accumulator row every four samples).
 *
 * <p>Batch buffers are arrays of rows, never flat arrays with offsets: C2 (JDK 17) vectorises
 * {@code y[b] += w * x[b]} over distinct arrays but not over one flat array at two offsets (it
 * cannot rule out overlap), which runs about five times slower. Only the first {@code n}
 * samples are valid; the products may write scratch values past n, within the rows' length
 * (a partial vector computed whole).
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
        if (KernelSelection.VECTOR) {
            VectorKernels.product(w, wOff, wStride, 1, out, in, bias, x, xFirst, y, n);
        } else {
            BlockedKernels.product(w, wOff, wStride, 1, out, in, bias, x, xFirst, y, n);
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
     * are skipped. {@code acc} holds {@code in} floats (scratch of the scalar path), {@code live}
     * {@code n} ints.
     */
    static void weightGradient(float[][] dz, int out, int n, float[][] xs, int in,
                               float[] gw, float[] gb, float[] acc, int[] live) {
        if (KernelSelection.VECTOR) {
            VectorKernels.weightGradient(dz, out, n, xs, in, gw, gb);
        } else {
            BlockedKernels.weightGradient(dz, out, n, xs, in, gw, gb, acc, live);
        }
    }

    /**
     * Gradient with respect to a dense layer's input, overwriting dx:
     * {@code dx[i][b] = sum_o w[o][i] dz[o][b]}; dz and dx feature-major, w row-major
     * {@code [out][in]}.
     */
    static void inputGradient(float[] w, int in, int out, float[][] dz, int n, float[][] dx) {
        // dx = W^T dz: the forward product over the transposed weights (row stride 1, term stride in).
        if (KernelSelection.VECTOR) {
            VectorKernels.product(w, 0, 1, in, in, out, null, dz, 0, dx, n);
        } else {
            BlockedKernels.product(w, 0, 1, in, in, out, null, dz, 0, dx, n);
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
