package org.rectransfer.experiment;

/**
 * What one epoch produced. Metrics are NaN in epochs without evaluation.
 *
 * @param epoch            1-based epoch
 * @param loss             mean training loss
 * @param hr               HR@k on the test items
 * @param ndcg             NDCG@k on the test items
 * @param validationHr     HR@k on the validation items (NaN without early stopping)
 * @param seconds          wall time of training and evaluation
 * @param samplesPerSecond training throughput
 */
public record EpochMetrics(int epoch, double loss, double hr, double ndcg, double validationHr,
                           double seconds, double samplesPerSecond) implements java.io.Serializable { }
