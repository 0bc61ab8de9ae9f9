package org.rectransfer.experiment;

/** Hears about a sweep's tasks; called from worker threads, so implementations must be thread-safe. */
public interface SweepListener {
    /** A task was already done in an earlier attempt and is skipped. */
    default void onSkipped(SweepTask task, String runId) { }

    /** A task starts. */
    default void onStarted(SweepTask task) { }

    /** A task finished. */
    default void onFinished(SweepTask task, String runId, RunResult result) { }

    /** A task failed; the sweep goes on with the others. */
    default void onFailed(SweepTask task, String reason) { }

    /** A task took the model of run {@code runId}, trained outside this sweep from the same bytes, settings and seed. */
    default void onReused(SweepTask task, String runId) { }

    /** The model of a finished task was damaged, so the task trains again. */
    default void onDamaged(SweepTask task, String runId, String reason) { }

    /** {@code tasks} tasks are held by another live process; this one waits for them. */
    default void onWaiting(int tasks) { }
}
