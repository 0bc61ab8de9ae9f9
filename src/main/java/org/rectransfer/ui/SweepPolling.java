package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.StoredSweep;
import org.rectransfer.study.SweepOverview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The results screen's periodic look at the workspace's sweeps: while {@link #play() playing},
 * every {@code every} a quiet read (no status line, nothing cancelled) hands the overviews to
 * the screen. Whoever runs the sweeps (this workbench or the command line in another process),
 * the list follows. Used on the FX thread only.
 */
final class SweepPolling {
    private static final Logger LOG = LoggerFactory.getLogger(SweepPolling.class);

    private final Path workspaceDir;
    private final Executor executor;
    private final Duration every;
    private final Consumer<List<SweepOverview>> show;
    private Timeline poller;
    private Task<List<SweepOverview>> polling;
    private boolean pollAgain;

    /**
     * @param executor reads the workspace; must not be the FX thread
     * @param show     receives each read's overviews, on the FX thread
     */
    SweepPolling(Path workspaceDir, Executor executor, Duration every, Consumer<List<SweepOverview>> show) {
        this.workspaceDir = workspaceDir;
        this.executor = executor;
        this.every = every;
        this.show = show;
    }

    /** Looks every {@code every} from now on (the timeline is made on first use, on the FX thread). */
    void play() {
        if (poller == null) {
            poller = new Timeline(new KeyFrame(every, event -> poll()));
            poller.setCycleCount(Timeline.INDEFINITE);
        }
        poller.play();
    }

    /** Stops looking (the screen is hidden or the workbench closes). */
    void stop() {
        if (poller != null) poller.stop();
    }

    /**
     * Looks at the workspace's sweeps once. A look asked for while one is under way is made when
     * it ends, so that a sweep just started or ended is seen without waiting for the next tick.
     */
    void poll() {
        if (polling != null) {
            pollAgain = true;
            return;
        }
        Task<List<SweepOverview>> task = new Task<>() {
            @Override
            protected List<SweepOverview> call() {
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return StoredSweep.overviews(store);
                }
            }
        };
        polling = task;
        task.setOnSucceeded(event -> {
            polled();
            show.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            LOG.debug("could not look at the sweeps of {}", workspaceDir, task.getException());
            polled();
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException shuttingDown) {
            polling = null;
        }
    }

    private void polled() {
        polling = null;
        if (pollAgain) {
            pollAgain = false;
            poll();
        }
    }
}
