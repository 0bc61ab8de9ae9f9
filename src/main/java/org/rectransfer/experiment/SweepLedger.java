package org.rectransfer.experiment;

import java.util.Optional;
import org.rectransfer.model.NcfParameters;

/**
 * Where a sweep records its runs (the workspace implements it). Every method must be safe to
 * call from several threads; {@link #complete} must be atomic, so that after a crash a task is
 * either recorded as done, with all its results, or not at all.
 */
public interface SweepLedger {
    /** @return the id of the finished run of task {@code key} in this sweep, if any */
    Optional<String> finishedRun(String key);

    /** Records that a task starts; @return the new run's id */
    String begin(SweepTask task, PreparedDomain domain, TrainingSettings settings, String plan);

    /** Records a task's results, atomically with its being done. */
    void complete(String runId, SweepTask task, PreparedDomain domain, RunResult result);

    /** Records that a task failed. */
    void fail(String runId, String reason);

    /** @return the trained parameters of a finished run */
    NcfParameters model(String runId);

    /**
     * Claims task {@code key} for this process before it trains it, so that two processes working
     * on one sweep train it once; a claim of a dead process is taken over.
     *
     * @return false when another live process holds it (then wait, and look again)
     */
    default boolean claim(String key) {
        return true;
    }

    /** Gives up this process's claim of task {@code key}, if it holds one. */
    default void release(String key) { }

    /**
     * Checks that the model of finished task {@code key} (run {@code runId}) is intact; a damaged
     * one (missing, altered or unreadable checkpoint) is forgotten, so that the task trains again.
     *
     * @return why the model was damaged, empty when it is intact
     */
    default Optional<String> forgetIfDamaged(String key, String runId) {
        return Optional.empty();
    }

    /**
     * A model this task would train from scratch, already trained in the workspace from the same
     * data bytes with the same settings and seed (by another sweep or command), recorded as this
     * task's run so that it is not trained again.
     *
     * @return the reused run's id, empty when there is none
     */
    default Optional<String> adoptFinishedModel(SweepTask task, PreparedDomain domain, TrainingSettings settings) {
        return Optional.empty();
    }
}
