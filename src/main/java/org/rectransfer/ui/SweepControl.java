package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.rectransfer.experiment.SweepOutcome;
import org.rectransfer.study.SweepStudy;

/**
 * The results screen's Start / Stop / Resume of a sweep run by this workbench, through
 * {@link SweepStudyTask} on an executor of its own, and the state they show: running, stopping,
 * its message and its id. At most one sweep started here runs at a time. Used on the FX thread only.
 */
final class SweepControl {
    private final Path workspaceDir;
    private final Executor sweepExecutor;
    private final SweepEditorViewModel editor;
    private final Supplier<SweepRow> chosen;
    private final Runnable changed;
    private final Consumer<String> started;
    private final Consumer<Notice> ended;
    private final ReadOnlyBooleanWrapper sweepRunning;
    private final ReadOnlyBooleanWrapper stopping;
    private final ReadOnlyStringWrapper sweepMessage;
    private final ReadOnlyStringWrapper runningSweep;
    private SweepStudyTask sweepTask;

    /**
     * @param bean          the view model whose properties these are
     * @param sweepExecutor runs the sweeps; must be neither the FX thread nor the one reading the workspace
     * @param chosen        the sweep chosen on the screen (Resume runs it)
     * @param changed       called when a sweep starts (the chosen sweep's Resume is no longer possible)
     * @param started       called with the sweep's id once it is registered in the workspace
     * @param ended         called once the sweep started here has stopped and its state is reset, with
     *                      what to notify the user of (a failure, a sweep done) or null (stopped on request)
     */
    SweepControl(Object bean, Path workspaceDir, Executor sweepExecutor, SweepEditorViewModel editor,
            Supplier<SweepRow> chosen, Runnable changed, Consumer<String> started, Consumer<Notice> ended) {
        this.workspaceDir = workspaceDir;
        this.sweepExecutor = sweepExecutor;
        this.editor = editor;
        this.chosen = chosen;
        this.changed = changed;
        this.started = started;
        this.ended = ended;
        sweepRunning = new ReadOnlyBooleanWrapper(bean, "sweepRunning", false);
        stopping = new ReadOnlyBooleanWrapper(bean, "stopping", false);
        sweepMessage = new ReadOnlyStringWrapper(bean, "sweepMessage", "");
        runningSweep = new ReadOnlyStringWrapper(bean, "runningSweep");
    }

    /** @see ResultsViewModel#startSweep() */
    Task<SweepStudy.Result> start() {
        if (sweepTask != null) return null;
        String problem = editor.problemProperty().get();
        if (!problem.isEmpty()) {
            sweepMessage.set(problem);
            return null;
        }
        List<String> commandLine = new ArrayList<>(List.of("workbench"));
        commandLine.addAll(editor.arguments());
        return launch(new SweepStudyTask(workspaceDir, editor.spec(), null, editor.options(commandLine), this::sweepStarted));
    }

    /** @see ResultsViewModel#resumeSweep() */
    Task<SweepStudy.Result> resume() {
        SweepRow row = chosen.get();
        if (sweepTask != null || row == null) return null;
        SweepStudy.Options options = new SweepStudy.Options(row.id(), false, false, "local",
                Math.max(1, editor.parallelProperty().get()), List.of("workbench", "sweep", "resume", row.id()));
        return launch(new SweepStudyTask(workspaceDir, null, row.id(), options, this::sweepStarted));
    }

    /** @see ResultsViewModel#stopSweep() */
    void stop() {
        if (sweepTask == null || sweepTask.stopRequested()) return;
        sweepTask.stop();
        stopping.set(true);
    }

    /** @return whether a sweep started here has not stopped yet */
    boolean active() {
        return sweepTask != null;
    }

    private SweepStudyTask launch(SweepStudyTask task) {
        sweepTask = task;
        sweepRunning.set(true);
        stopping.set(false);
        runningSweep.set(null);
        changed.run();
        sweepMessage.bind(task.messageProperty());
        task.setOnSucceeded(event -> sweepEnded(task, describe(task.getValue()), noticeOf(task.getValue())));
        task.setOnFailed(event -> {
            String message = "Sweep failed: " + TaskStatus.oneLine(task.getException());
            sweepEnded(task, message, Notice.error(message));
        });
        task.setOnCancelled(event -> sweepEnded(task, "Sweep cancelled", null));
        try {
            sweepExecutor.execute(task);
        } catch (RejectedExecutionException shuttingDown) {
            sweepEnded(task, "The workbench is shutting down", null);
        }
        return task;
    }

    /** The sweep is registered in the workspace: the screen lists it and chooses it. */
    private void sweepStarted(String id) {
        if (sweepTask == null) return;
        runningSweep.set(id);
        started.accept(id);
    }

    private void sweepEnded(SweepStudyTask task, String message, Notice notice) {
        if (sweepTask != task) return;
        sweepTask = null;
        sweepMessage.unbind();
        sweepMessage.set(message);
        stopping.set(false);
        sweepRunning.set(false);
        ended.accept(notice);
    }

    /** @return an error notice when runs failed, an information when the sweep is complete, null when stopped on request */
    private static Notice noticeOf(SweepStudy.Result result) {
        if (result.complete()) return new Notice(Notice.Level.INFO, describe(result), null);
        return result.outcome().failed().isEmpty() ? null : Notice.error(describe(result));
    }

    private static String describe(SweepStudy.Result result) {
        SweepOutcome outcome = result.outcome();
        String did = outcome.ran() + " trained now, " + outcome.skipped() + " done before"
                + (outcome.reused() > 0 ? ", " + outcome.reused() + " reused" : "");
        if (result.complete()) return "Sweep " + result.id() + " done: " + did;
        if (!outcome.failed().isEmpty()) {
            return "Sweep " + result.id() + " incomplete: " + outcome.failed().size() + " failed (" + outcome.failed().get(0)
                    + "); Resume tries again";
        }
        return "Sweep " + result.id() + " stopped: " + did + ", " + outcome.stopped() + " left to do; Resume finishes it";
    }

    ReadOnlyBooleanProperty sweepRunningProperty() { return sweepRunning.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty stoppingProperty() { return stopping.getReadOnlyProperty(); }
    ReadOnlyStringProperty sweepMessageProperty() { return sweepMessage.getReadOnlyProperty(); }
    ReadOnlyStringProperty runningSweepProperty() { return runningSweep.getReadOnlyProperty(); }
}
