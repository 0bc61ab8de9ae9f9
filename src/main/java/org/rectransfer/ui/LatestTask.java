package org.rectransfer.ui;

import java.util.concurrent.Executor;
import javafx.concurrent.Task;

/**
 * The one background task of a screen whose newest command wins: starting a task cancels the one
 * before it, and only the current task may finish the screen's status (a cancelled task's late
 * result is dropped by its handler asking {@link #isCurrent}). Used on the FX thread only.
 */
final class LatestTask {
    private final TaskStatus status;
    private final Executor executor;
    private Task<?> running;

    /** @param executor runs the tasks; must not be the FX thread */
    LatestTask(TaskStatus status, Executor executor) {
        this.status = status;
        this.executor = executor;
    }

    /** Cancels the task before, follows {@code task} in the status line and hands it to the executor. */
    <T> Task<T> start(Task<T> task) {
        if (running != null) running.cancel();
        running = task;
        task.setOnFailed(event -> {
            if (running == task) {
                running = null;
                status.fail("Failed: " + TaskStatus.oneLine(task.getException()));
            }
        });
        if (!status.start(task, executor)) finish("The workbench is shutting down");
        return task;
    }

    /** The current task is over: shows {@code message}, and the screen is idle. */
    void finish(String message) {
        running = null;
        status.finish(message, 1);
    }

    /** @return whether {@code task} is still the current one (not replaced, not finished) */
    boolean isCurrent(Task<?> task) {
        return running == task;
    }

    /** @return whether no task runs */
    boolean idle() {
        return running == null;
    }

    TaskStatus status() { return status; }
}
