package org.rectransfer.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The busy flag, progress and status line of a screen that runs one background task at a time:
 * while the task runs they follow it, afterwards they hold the screen's final message. Used on
 * the FX thread only. Errors and written files are also posted as {@link Notice}s, which the
 * workbench shows as notifications.
 */
final class TaskStatus {
    private final ReadOnlyBooleanWrapper busy;
    private final ReadOnlyDoubleWrapper progress;
    private final ReadOnlyStringWrapper status;
    private final ReadOnlyStringWrapper remaining;
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<Notice> readOnlyNotices = FXCollections.unmodifiableObservableList(notices);
    private long startedAt;
    private boolean upperBound;

    TaskStatus(Object bean, String initialStatus) {
        busy = new ReadOnlyBooleanWrapper(bean, "busy", false);
        progress = new ReadOnlyDoubleWrapper(bean, "progress", 0);
        status = new ReadOnlyStringWrapper(bean, "status", initialStatus);
        remaining = new ReadOnlyStringWrapper(bean, "remaining", "");
        progress.addListener((o, before, after) -> remaining.set(busy.get() ? estimate(after.doubleValue(),
                (System.nanoTime() - startedAt) / 1e9, upperBound) : ""));
    }

    /**
     * @param fraction how much is done, 0..1
     * @param elapsed  seconds since the task started
     * @return e.g. "42 % · about 1 min 20 s left"; no estimate before 2 % or 5 s, which would only be noise
     */
    static String estimate(double fraction, double elapsed) {
        return estimate(fraction, elapsed, false);
    }

    /** @param upperBound the work may end early (early stopping): the time left is at most the estimate */
    static String estimate(double fraction, double elapsed, boolean upperBound) {
        if (!(fraction > 0)) return "";
        String percent = String.format(java.util.Locale.ROOT, "%.0f %%", 100 * Math.min(1, fraction));
        if (fraction < 0.02 || elapsed < 5 || fraction >= 1) return percent;
        long left = Math.round(elapsed * (1 - fraction) / fraction);
        String time = left < 60 ? left + " s" : left < 3600 ? (left / 60) + " min " + (left % 60) + " s"
                : (left / 3600) + " h " + (left % 3600 / 60) + " min";
        return percent + (upperBound ? " · at most about " : " · about ") + time + " left";
    }

    /**
     * Follows {@code task} and hands it to {@code executor}, never running it on this thread.
     *
     * @return false when the executor refused the task (shutting down); the caller then finishes
     */
    boolean start(Task<?> task, Executor executor) {
        startedAt = System.nanoTime();
        remaining.set("");
        busy.set(true);
        status.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** @param bound whether the next task may end before its progress reaches 1 (the time left is then a bound) */
    void estimateIsUpperBound(boolean bound) {
        upperBound = bound;
    }

    /** Stops following the task and shows {@code message} with {@code finalProgress}. */
    void finish(String message, double finalProgress) {
        status.unbind();
        progress.unbind();
        status.set(message);
        progress.set(finalProgress);
        busy.set(false);
        remaining.set("");
    }

    /** Finishes like {@link #finish} and posts {@code message} as an error notice. */
    void fail(String message) {
        finish(message, 0);
        notify(Notice.error(message));
    }

    /** Posts {@code notice}; only the last few are kept, the view shows each once as it arrives. */
    void notify(Notice notice) {
        notices.add(notice);
        if (notices.size() > 20) notices.remove(0);
    }

    /** Shows a message while idle (a refused command, say). */
    void say(String message) {
        if (!status.isBound()) status.set(message);
    }

    /** @return a failed task's error as one line, for the status bar */
    static String oneLine(Throwable error) {
        return error == null ? "unknown error" : org.rectransfer.data.Messages.oneLine(String.valueOf(error.getMessage()));
    }

    ReadOnlyBooleanProperty busy() { return busy.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty progress() { return progress.getReadOnlyProperty(); }
    ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    /** @return the notices posted so far (the last 20), oldest first; read-only */
    ObservableList<Notice> notices() { return readOnlyNotices; }
    /** @return the share done and the time left while a task runs ("42 % · about 1 min 20 s left"), else "" */
    ReadOnlyStringProperty remaining() { return remaining.getReadOnlyProperty(); }
}
