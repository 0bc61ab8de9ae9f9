package org.rectransfer.train;

/**
 * Hears about training progress. Called on the training thread: implementations hand over to
 * their own thread (the workbench uses {@code Platform.runLater}) and must be quick.
 */
public interface TrainingListener {
    /** Called every few batches and at the end of an epoch. */
    default void onProgress(int epoch, long samplesDone, long samplesTotal, double samplesPerSecond) { }

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() { };
}
