package org.rectransfer.experiment;

import java.util.List;
import org.rectransfer.eval.EvalResult;
import org.rectransfer.model.NcfParameters;

/**
 * What a finished run produced.
 *
 * @param test             the sampled-protocol metrics on the test items (per-user ranks included)
 * @param fullRanking      the full-ranking metrics, or null when not asked for
 * @param epochs           the metrics of each epoch trained
 * @param bestEpoch        the epoch whose parameters were kept (the last without early stopping)
 * @param samplesPerSecond mean training throughput
 * @param seconds          wall time of the run
 * @param params           the trained parameters
 */
public record RunResult(EvalResult test, EvalResult fullRanking, List<EpochMetrics> epochs, int bestEpoch,
                        double samplesPerSecond, double seconds, NcfParameters params) implements java.io.Serializable {

    public RunResult {
        epochs = List.copyOf(epochs);
    }
}
