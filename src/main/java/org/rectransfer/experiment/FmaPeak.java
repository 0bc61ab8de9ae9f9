package org.rectransfer.experiment;

/**
 * Measures what one core does at best: a loop of fused multiply-adds on a small float array that
 * stays in the L1 cache, eight FMAs per element per pass (C2 vectorises it to 256-bit FMAs), so
 * that loads and stores are a ninth of the work. The bench divides the engine's arithmetic by this
 * figure to say how far it is from the machine's limit.
 */
public final class FmaPeak {
    /** 256 floats: 1 KB, in L1, and enough independent lanes to hide the FMA latency. */
    private static final int LANES = 256;
    private static final int FMAS_PER_PASS = 8;

    private FmaPeak() {
    }

    /**
     * @param seconds how long to measure, at least, in this thread's CPU time (after a short warm-up)
     * @return floating-point operations per CPU-second of one thread (an FMA counts as two): the
     *         core's rate, whatever else the machine is doing meanwhile
     */
    public static double flopsPerSecond(double seconds) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        float[] acc = new float[LANES];
        java.util.Arrays.fill(acc, 1f);
        run(acc, 20_000);
        long passes = 0;
        long chunk = 20_000;
        long start = cpu.getCurrentThreadCpuTime();
        long elapsed;
        do {
            run(acc, chunk);
            passes += chunk;
            elapsed = cpu.getCurrentThreadCpuTime() - start;
        } while (elapsed < seconds * 1e9);
        if (!Float.isFinite(acc[LANES / 2])) throw new IllegalStateException("FMA probe overflowed");
        return passes * (double) LANES * FMAS_PER_PASS * 2 / (elapsed / 1e9);
    }

    /** acc = acc * m + c, eight times per element per pass; m < 1 keeps the values bounded. */
    private static void run(float[] acc, long passes) {
        final float m = 0.999_999f;
        final float c = 1e-6f;
        for (long p = 0; p < passes; p++) {
            for (int i = 0; i < LANES; i++) {
                float a = acc[i];
                a = Math.fma(a, m, c);
                a = Math.fma(a, m, c);
                a = Math.fma(a, m, c);
                a = Math.fma(a, m, c);
                a = Math.fma(a, m, c);
                a = Math.fma(a, m, c);
                a = Math.fma(a, m, c);
                a = Math.fma(a, m, c);
                acc[i] = a;
            }
        }
    }
}
