package org.rectransfer.experiment;

/**
 * One shape's measurements.
 *
 * @param shape                  the shape
 * @param batch                  the batch size
 * @param engineSamplesPerSecond the fast engine's training throughput
 * @param dl4jSamplesPerSecond   stock DL4J's, same network, batch and optimiser
 * @param evalMicrosPerUser      scoring one user's 1 + 99 candidates with the engine
 * @param evalShareOfEpoch       evaluating every user / one training epoch (4 negatives per positive)
 */
public record BenchResult(BenchShape shape, int batch, double engineSamplesPerSecond, double dl4jSamplesPerSecond,
                          double evalMicrosPerUser, double evalShareOfEpoch) {
    /** @return engine / DL4J */
    public double ratio() {
        return engineSamplesPerSecond / dl4jSamplesPerSecond;
    }
}
