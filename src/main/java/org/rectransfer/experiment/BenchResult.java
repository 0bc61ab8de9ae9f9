package org.rectransfer.experiment;

/**
 * One case's measurements: a shape, a batch size and the engine's threads.
 *
 * @param shape                     the shape
 * @param batch                     the batch size
 * @param threads                   the engine's threads (training and scoring)
 * @param engineSamplesPerSecond    the fast engine's training throughput per wall second
 * @param engineSamplesPerCpuSecond the same per CPU-second of the process
 * @param dl4jSamplesPerSecond      stock DL4J's, same network, batch and optimiser (one thread); NaN when not measured
 * @param evalMicrosPerUser         scoring one user's 1 + 99 candidates with the engine, wall time with {@code threads} scorers
 * @param evalShareOfEpoch          evaluating every user / one training epoch (4 negatives per positive)
 * @param flopsPerSample            the arithmetic of one training sample ({@link EngineBenchmark#flopsPerSample})
 */
public record BenchResult(BenchShape shape, int batch, int threads, double engineSamplesPerSecond, double engineSamplesPerCpuSecond,
                          double dl4jSamplesPerSecond, double evalMicrosPerUser, double evalShareOfEpoch, long flopsPerSample) {
    /** @return engine / DL4J, NaN when DL4J was not measured */
    public double ratio() {
        return engineSamplesPerSecond / dl4jSamplesPerSecond;
    }

    /**
     * @param peakFlopsPerSecond what one core does at best ({@link FmaPeak})
     * @return the share of that limit the engine's arithmetic reaches per CPU-second
     */
    public double fractionOfPeak(double peakFlopsPerSecond) {
        return engineSamplesPerCpuSecond * flopsPerSample / peakFlopsPerSecond;
    }
}
