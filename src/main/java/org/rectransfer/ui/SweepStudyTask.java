package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.rectransfer.experiment.RunResult;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.experiment.SweepTask;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.StoredSweep;
import org.rectransfer.study.SweepStudy;

/**
 * The workbench's sweep: {@link SweepStudy#run} (the use case of {@code rectransfer sweep}) in a
 * JavaFX {@link Task}, its progress told through the task's message. {@link #stop()} asks the
 * sweep to stop; the task is not cancelled, it returns (and only then succeeds) once every run of
 * this attempt has stopped and is recorded, so that the screen leaves its running state only when
 * nothing trains any more. Nothing here touches the scene.
 */
final class SweepStudyTask extends Task<SweepStudy.Result> {
    private final Path workspaceDir;
    private final SweepSpec spec;
    private final String resumeId;
    private final SweepStudy.Options options;
    private final Consumer<String> onSweepStarted;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Set<String> training = ConcurrentHashMap.newKeySet();

    /**
     * A new sweep, or a stored one run again.
     *
     * @param spec           the sweep to run; null to run the stored sweep {@code resumeId} again
     * @param resumeId       the stored sweep to resume (its description is read from the workspace); null with a spec
     * @param onSweepStarted receives the sweep's id on the FX thread once it is registered in the workspace
     */
    SweepStudyTask(Path workspaceDir, SweepSpec spec, String resumeId, SweepStudy.Options options, Consumer<String> onSweepStarted) {
        if ((spec == null) == (resumeId == null)) throw new IllegalArgumentException("give a spec or the id of a stored sweep");
        this.workspaceDir = workspaceDir;
        this.spec = spec;
        this.resumeId = resumeId;
        this.options = options;
        this.onSweepStarted = onSweepStarted;
    }

    /** Asks the sweep to stop: no task starts any more and runs in progress stop after their current batch. */
    void stop() {
        stop.set(true);
        updateMessage("Stopping: the runs in progress stop after their current batch and are recorded failed (cancelled)");
    }

    /** @return whether {@link #stop()} was asked */
    boolean stopRequested() {
        return stop.get();
    }

    @Override
    protected SweepStudy.Result call() throws Exception {
        updateMessage(resumeId != null ? "Reading sweep " + resumeId : "Reading the domain files to name the sweep");
        try (Workspace store = Workspace.open(workspaceDir)) {
            SweepSpec toRun = spec != null ? spec : StoredSweep.open(store, resumeId).spec();
            return SweepStudy.run(store, toRun, options, new Listener(), stop::get);
        }
    }

    /** Says what the sweep does, in one line; called on the sweep's worker threads. */
    private final class Listener implements SweepStudy.Listener {
        @Override
        public void onSweepStarted(String sweepId, Path workspace, SweepStudy.Options how) {
            updateMessage("Sweep " + sweepId + ": starting on " + how.parallel() + (how.parallel() == 1 ? " thread" : " threads"));
            Platform.runLater(() -> onSweepStarted.accept(sweepId));
        }

        @Override
        public void onStarted(SweepTask task) {
            training.add(task.key());
            say();
        }

        @Override
        public void onFinished(SweepTask task, String runId, RunResult result) {
            training.remove(task.key());
            say();
        }

        @Override
        public void onFailed(SweepTask task, String reason) {
            training.remove(task.key());
            if (!stop.get()) updateMessage("Failed: " + TaskStatus.oneLine(new RuntimeException(reason)));
        }

        @Override
        public void onWaiting(int tasks) {
            if (!stop.get()) {
                updateMessage("Waiting for " + tasks + (tasks == 1 ? " task" : " tasks") + " held by another process on this sweep");
            }
        }

        private void say() {
            if (stop.get()) return;   // "Stopping" stays until the sweep has stopped
            int count = training.size();
            String one = training.stream().findFirst().orElse(null);
            updateMessage(one == null ? "Sweep running" : count == 1 ? "Training " + one
                    : "Training " + count + " runs, e.g. " + one);
        }
    }
}
