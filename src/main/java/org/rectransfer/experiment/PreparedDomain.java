package org.rectransfer.experiment;

import org.rectransfer.data.Dataset;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.data.io.ReadReport;
import org.rectransfer.data.split.EvalCandidates;
import org.rectransfer.data.split.Split;

/**
 * A domain ready for training: filtered, split and with its evaluation candidates.
 *
 * @param data       the filtered dataset
 * @param split      the leave-one-out split
 * @param candidates the sampled evaluation negatives
 * @param dataHash   SHA-256 of the data file, for provenance
 * @param report     what reading the file did
 * @param filter     the filter applied
 * @param read       how the file was read
 */
public record PreparedDomain(Dataset data, Split split, EvalCandidates candidates, String dataHash, ReadReport report,
                             FilterSpec filter, ReadOptions read) {

    /** @return what a run on this domain with {@code training} stores as its settings */
    public RunSettings settings(TrainingSettings training) {
        return new RunSettings(training, filter, read);
    }
}
