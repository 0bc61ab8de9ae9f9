package org.rectransfer.experiment;

import org.rectransfer.train.TrainingListener;

/** Hears about a run: its preparation, each batch's progress and each epoch's metrics. */
public interface RunListener extends TrainingListener {
    /** The data is ready; training starts. */
    default void onPrepared(PreparedDomain domain) { }

    /** An epoch ended. */
    default void onEpoch(EpochMetrics metrics) { }

    /** A listener that ignores everything. */
    RunListener SILENT = new RunListener() { };
}
