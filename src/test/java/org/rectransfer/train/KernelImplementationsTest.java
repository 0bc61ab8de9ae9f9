package org.rectransfer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Vector API kernels against the plain-Java ones and against a naive loop with the same fma
 * order, bit for bit, on random inputs of odd sizes: widths 8..64 not multiples of 8, outputs
 * 1..64, batches that leave partial vectors. Bitwise equality is the contract (both compute each
 * output as the same fma chain in the same order), so no tolerance is needed.
 */
class KernelImplementationsTest {
    private static final int[] WIDTHS = {8, 9, 13, 16, 23, 31, 32, 33, 47, 63, 64};
    private static final int[] OUTPUTS = {1, 2, 3, 5, 7, 8, 16, 31, 64};
    private static final int[] BATCHES = {0, 1, 7, 8, 15, 16, 17, 63, 64, 65, 100, 256, 257};
    private static final int CAPACITY = 300;

    @Test
    void theVectorPathRunsInTheTests() {
        // The surefire argLine adds the module, so that the tests run the kernels that ship.
        assertThat(KernelSelection.VECTOR).as("jdk.incubator.vector in the test JVM").isTrue();
    }

    @Test
    void withoutTheModuleTheScalarPathRuns() throws Exception {
        // A JVM without --add-modules (Spark executors, IDEs, the tests' own child processes).
        assertThat(runJava(Probe.class).strip()).isEqualTo("scalar 2.5");
    }

    @Test
    void narrowedTo256BitsTheVectorKernelsGiveTheSameBits() throws Exception {
        // The suite runs the machine's widest vectors (512 bits with AVX-512); this runs the kernel
        // and scorer comparisons again with 256-bit vectors, as on an AVX2 machine.
        assumeTrue(KernelSelection.VECTOR);
        String output = runJava(NarrowProbe.class, "--add-modules=jdk.incubator.vector",
                "-D" + VectorKernels.BITS_PROPERTY + "=256");
        assertThat(output.lines().reduce((a, b) -> b).orElse("")).as(output).isEqualTo("vector 256 ok");
    }

    /** @return what {@code main} of {@code probe} printed in a fresh JVM with {@code options}, stdout and stderr */
    private static String runJava(Class<?> probe, String... options) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.util.List.of(options));
        command.addAll(java.util.List.of("-cp", System.getProperty("java.class.path"), probe.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    /** Runs the bitwise comparisons with whatever vector width the JVM's properties chose. */
    static final class NarrowProbe {
        public static void main(String[] args) {
            KernelImplementationsTest test = new KernelImplementationsTest();
            test.forwardProductsAgreeBitForBit();
            test.inputGradientsAgreeBitForBit();
            test.weightGradientsAgreeBitForBit();
            ScorerPathsTest scoring = new ScorerPathsTest();
            scoring.thePapersNetworkScoresTheSameBitsBothWays();
            scoring.oddWidthsScoreTheSameBitsBothWays();
            System.out.println(KernelSelection.name() + " " + VectorKernels.bits() + " ok");
        }
    }

    /** Runs one forward product and prints the implementation and the result. */
    static final class Probe {
        public static void main(String[] args) {
            float[][] y = new float[1][1];
            Kernels.denseForward(new float[] {2f}, 0, 1, 1, 1, new float[] {0.5f}, new float[][] {{1f}}, 0, y, 1);
            System.out.println(KernelSelection.name() + " " + y[0][0]);
        }
    }

    @Test
    void forwardProductsAgreeBitForBit() {
        assumeTrue(KernelSelection.VECTOR);
        SplittableRandom random = new SplittableRandom(13);
        for (int in : WIDTHS) {
            for (int out : OUTPUTS) {
                int n = BATCHES[random.nextInt(BATCHES.length)];
                int capacity = capacity(random, n);
                // FC1's item half: a row stride wider than the input, an offset, x from row 3.
                int stride = in + 5;
                float[] w = gaussian(random, 2 + out * stride);
                float[] bias = gaussian(random, out);
                float[][] x = rows(random, in + 3, capacity, false);
                float[][] vector = new float[out][capacity];
                float[][] scalar = new float[out][capacity];
                VectorKernels.product(w, 2, stride, 1, out, in, bias, x, 3, vector, n);
                BlockedKernels.product(w, 2, stride, 1, out, in, bias, x, 3, scalar, n);
                float[][] naive = new float[out][capacity];
                for (int o = 0; o < out; o++) {
                    for (int b = 0; b < n; b++) {
                        float s = bias[o];
                        for (int i = 0; i < in; i++) {
                            s = Math.fma(w[2 + o * stride + i], x[3 + i][b], s);
                        }
                        naive[o][b] = s;
                    }
                }
                assertSameBits(vector, scalar, out, n, "forward in=" + in + " out=" + out + " n=" + n);
                assertSameBits(vector, naive, out, n, "forward vs naive in=" + in + " out=" + out + " n=" + n);
            }
        }
    }

    @Test
    void inputGradientsAgreeBitForBit() {
        assumeTrue(KernelSelection.VECTOR);
        SplittableRandom random = new SplittableRandom(17);
        for (int in : WIDTHS) {
            for (int out : OUTPUTS) {
                int n = BATCHES[random.nextInt(BATCHES.length)];
                int capacity = capacity(random, n);
                float[] w = gaussian(random, out * in);
                float[][] dz = rows(random, out, capacity, true);
                float[][] vector = new float[in][capacity];
                float[][] scalar = new float[in][capacity];
                VectorKernels.product(w, 0, 1, in, in, out, null, dz, 0, vector, n);
                BlockedKernels.product(w, 0, 1, in, in, out, null, dz, 0, scalar, n);
                float[][] naive = new float[in][capacity];
                for (int i = 0; i < in; i++) {
                    for (int b = 0; b < n; b++) {
                        float s = 0f;
                        for (int o = 0; o < out; o++) {
                            s = Math.fma(w[o * in + i], dz[o][b], s);
                        }
                        naive[i][b] = s;
                    }
                }
                assertSameBits(vector, scalar, in, n, "input gradient in=" + in + " out=" + out + " n=" + n);
                assertSameBits(vector, naive, in, n, "input gradient vs naive in=" + in + " out=" + out + " n=" + n);
            }
        }
    }

    @Test
    void weightGradientsAgreeBitForBit() {
        assumeTrue(KernelSelection.VECTOR);
        SplittableRandom random = new SplittableRandom(19);
        for (int in : WIDTHS) {
            for (int out : OUTPUTS) {
                int n = BATCHES[random.nextInt(BATCHES.length)];
                // About half the deltas zero, as behind a ReLU: the skipped samples.
                float[][] dz = rows(random, out, CAPACITY, true);
                float[][] xs = rows(random, CAPACITY, in, false);
                float[] vectorW = filled(out * in);
                float[] vectorB = filled(out);
                float[] scalarW = filled(out * in);
                float[] scalarB = filled(out);
                VectorKernels.weightGradient(dz, out, n, xs, in, vectorW, vectorB);
                BlockedKernels.weightGradient(dz, out, n, xs, in, scalarW, scalarB, new float[in], new int[CAPACITY]);
                float[] naiveW = new float[out * in];
                float[] naiveB = new float[out];
                for (int o = 0; o < out; o++) {
                    for (int b = 0; b < n; b++) {
                        naiveB[o] += dz[o][b];
                        if (dz[o][b] != 0f) {
                            for (int i = 0; i < in; i++) {
                                naiveW[o * in + i] = Math.fma(dz[o][b], xs[b][i], naiveW[o * in + i]);
                            }
                        }
                    }
                }
                String what = "weight gradient in=" + in + " out=" + out + " n=" + n;
                assertThat(bits(vectorW)).as(what).isEqualTo(bits(scalarW)).isEqualTo(bits(naiveW));
                assertThat(bits(vectorB)).as(what + " (bias)").isEqualTo(bits(scalarB)).isEqualTo(bits(naiveB));
            }
        }
    }

    @Test
    void kernelsGiveTheSameBitsRunToRun() {
        SplittableRandom random = new SplittableRandom(23);
        int in = 64;
        int out = 32;
        int n = 256;
        float[] w = gaussian(random, out * in);
        float[][] dz = rows(random, out, n, true);
        float[][] xs = rows(random, n, in, false);
        float[][] first = new float[in][n];
        float[][] second = new float[in][n];
        Kernels.inputGradient(w, in, out, dz, n, first);
        Kernels.inputGradient(w, in, out, dz, n, second);
        assertSameBits(first, second, in, n, "input gradient twice");
        float[] gw1 = new float[out * in];
        float[] gw2 = new float[out * in];
        Kernels.weightGradient(dz, out, n, xs, in, gw1, new float[out], new float[in], new int[n]);
        Kernels.weightGradient(dz, out, n, xs, in, gw2, new float[out], new float[in], new int[n]);
        assertThat(bits(gw1)).isEqualTo(bits(gw2));
    }

    /**
     * Rows as long as the batch (the last partial vector is then done one sample at a time) or
     * longer (done as a whole vector, the lanes past n being scratch): both tails are tested.
     */
    private static int capacity(SplittableRandom random, int n) {
        return random.nextBoolean() ? n : CAPACITY;
    }

    private static void assertSameBits(float[][] actual, float[][] expected, int rows, int n, String what) {
        for (int r = 0; r < rows; r++) {
            if (java.util.Arrays.equals(bits(actual[r]), 0, n, bits(expected[r]), 0, n)) {
                continue;   // the per-value assertions below are slow; they only name the first difference
            }
            for (int b = 0; b < n; b++) {
                assertThat(Float.floatToRawIntBits(actual[r][b]))
                        .as("%s at [%d][%d]: %s vs %s", what, r, b, actual[r][b], expected[r][b])
                        .isEqualTo(Float.floatToRawIntBits(expected[r][b]));
            }
        }
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    /** Garbage that the kernels must overwrite (n == 0 included). */
    private static float[] filled(int length) {
        float[] values = new float[length];
        java.util.Arrays.fill(values, 42f);
        return values;
    }

    private static float[] gaussian(SplittableRandom random, int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return values;
    }

    /** Rows of values in [-1, 1); with {@code halfZero} about half of them exactly zero. */
    private static float[][] rows(SplittableRandom random, int count, int length, boolean halfZero) {
        float[][] rows = new float[count][length];
        for (float[] row : rows) {
            for (int i = 0; i < length; i++) {
                row[i] = halfZero && random.nextBoolean() ? 0f : (float) (random.nextDouble() * 2 - 1);
            }
        }
        return rows;
    }
}
