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
}
