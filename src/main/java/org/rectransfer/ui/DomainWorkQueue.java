package org.rectransfer.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;

/**
 * The domains screen's work, one task at a time in the order asked for: unlike the other screens,
 * nothing is cancelled by newer work, since every command changes the list (and the workspace's
 * copy of it) and must not be lost. The status line follows the running task. FX thread only.
 */
final class DomainWorkQueue {
    private final TaskStatus status;
    private final Executor executor;
    private final Runnable refused;
    private final Deque<Task<?>> queue = new ArrayDeque<>();
    private Task<?> current;

    /**
     * @param executor runs the tasks; must not be the FX thread
     * @param refused  called when the executor refuses work (shutting down) and the queue is dropped
     */
    DomainWorkQueue(TaskStatus status, Executor executor, Runnable refused) {
        this.status = status;
        this.executor = executor;
        this.refused = refused;
    }

    /** Runs {@code task} after those before it; the status follows the running one. */
    <T extends Task<?>> T enqueue(T task) {
        queue.add(task);
        if (current == null) startNext();
        return task;
    }

    private void startNext() {
        current = queue.poll();
        if (current == null) return;
        if (!status.start(current, executor)) {
            queue.clear();
            current = null;
            refused.run();
            status.finish("The workbench is shutting down", 1);
        }
    }

    /** The running task has finished: show {@code message} and start the next one. */
    void done(String message) {
        status.finish(message, 1);
        current = null;
        startNext();
    }

    /** The running task has failed: show {@code message}, post it as an error notice, and start the next one. */
    void failed(String message) {
        status.fail(message);
        current = null;
        startNext();
    }
}
