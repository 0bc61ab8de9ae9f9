package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.ModelRole;
import org.rectransfer.study.StudyCache;
import org.rectransfer.study.TransferOutcome;
import org.rectransfer.study.TransferRequest;
import org.rectransfer.study.TransferStudy;

/**
 * The transfer lab's background work: {@link TransferStudy} in a JavaFX {@link Task}, its epochs
 * handed to the FX thread, its progress and status shown by the task's properties. The task
 * returns (and {@code onStopped} runs) only when every seed has stopped and its runs are recorded,
 * so that nothing trains after the screen says it has stopped. Nothing here touches the scene.
 */
final class TransferLabTask extends Task<TransferOutcome> {
    private static final int NOT_STARTED = 0;
    private static final int RUNNING = 1;
    private static final int ABANDONED = 2;

    private final TransferRequest request;
    private final Path workspaceDir;
    private final StudyCache cache;
    private final Consumer<LabPoint> onEpoch;
    private volatile Runnable onStopped = () -> { };
    private volatile boolean stopped;
    private final AtomicInteger state = new AtomicInteger(NOT_STARTED);

    /**
     * @param cache     what this session already trained and measured
     * @param onEpoch   receives every finished epoch on the FX thread
     */
    TransferLabTask(TransferRequest request, Path workspaceDir, StudyCache cache, Consumer<LabPoint> onEpoch) {
        this.request = request;
        this.workspaceDir = workspaceDir;
        this.cache = cache;
        this.onEpoch = onEpoch;
    }

    /** @param handler runs on the FX thread once every seed has stopped, whatever the outcome; set before the task runs */
    void whenStopped(Runnable handler) {
        onStopped = handler;
    }

    /** @return true once every seed has stopped (the workspace is closed) */
    boolean hasStopped() {
        return stopped;
    }

    /**
     * Marks a task cancelled before it began as never to begin. Call on the FX thread when cancelled.
     *
     * @return true when the task had not begun (so {@code onStopped} will never run)
     */
    boolean abandonIfNotStarted() {
        return state.compareAndSet(NOT_STARTED, ABANDONED);
    }

    @Override
    protected TransferOutcome call() throws Exception {
        if (!state.compareAndSet(NOT_STARTED, RUNNING)) return null;
        try (Workspace store = Workspace.open(workspaceDir)) {
            return TransferStudy.run(request, store, cache, new TransferStudy.Listener() {
                @Override
                public void onEpoch(ModelRole role, long seed, EpochMetrics metrics) {
                    LabPoint point = new LabPoint(role, seed, metrics);
                    Platform.runLater(() -> onEpoch.accept(point));
                }

                @Override
                public void onProgress(double fraction) {
                    updateProgress(fraction, 1);
                }

                @Override
                public void onStatus(String status) {
                    updateMessage(status);
                }
            }, this::isCancelled);
        } finally {
            stopped = true;
            Platform.runLater(onStopped);
        }
    }
}
