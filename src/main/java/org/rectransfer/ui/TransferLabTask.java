package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.store.RunRecorder;
import org.rectransfer.store.Workspace;

/**
 * Background work of the transfer lab: one {@link LabSeedPipeline} per seed (source, baseline,
 * transfer), on a fixed pool of as many threads as there are cores: every seed's source and
 * baseline are queued at once, each transfer as soon as its seed's two models are there. Cancelling, or a seed failing, stops every seed between batches; their
 * unfinished runs are recorded as failed. The task returns (and {@code onStopped} runs) only
 * when every seed has stopped, so that nothing trains after the screen says it has stopped.
 * Each finished epoch is handed to the FX thread; nothing here touches the scene.
 */
final class TransferLabTask extends Task<LabOutcome> {
    private static final int NOT_STARTED = 0;
    private static final int RUNNING = 1;
    private static final int ABANDONED = 2;

    private final LabRequest request;
    private final Path workspaceDir;
    private final LabCache cache;
    private final Consumer<LabPoint> onEpoch;
    private volatile Runnable onStopped = () -> { };
    private volatile boolean stopped;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger state = new AtomicInteger(NOT_STARTED);
    private final LabProgress progress;

    /**
     * @param cache     what this session already trained and measured
     * @param onEpoch   receives every finished epoch on the FX thread
     */
    TransferLabTask(LabRequest request, Path workspaceDir, LabCache cache, Consumer<LabPoint> onEpoch) {
        this.request = request;
        this.workspaceDir = workspaceDir;
        this.cache = cache;
        this.onEpoch = onEpoch;
        this.progress = new LabProgress(request.seeds());
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
     * @return the threads the seeds' models train on: the machine's cores, at most two per seed
     *         (source and baseline). Not more: measured on two cores, three Book sources and a
     *         baseline on four threads took 137 s where two threads took 106 s (docs/performance.md),
     *         the training threads evicting each other's tables from the caches.
     */
    static int threads(int seeds) {
        return threads(seeds, Runtime.getRuntime().availableProcessors());
    }

    static int threads(int seeds, int cores) {
        return Math.max(1, Math.min(2 * seeds, cores));
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
    protected LabOutcome call() throws Exception {
        if (!state.compareAndSet(NOT_STARTED, RUNNING)) return null;
        try (Workspace store = Workspace.open(workspaceDir)) {
            int threads = threads(request.seeds());
            updateMessage("Training " + request.seeds() + (request.seeds() == 1 ? " seed" : " seeds") + " on "
                    + threads + (threads == 1 ? " thread" : " threads"));
            ExecutorService pool = Executors.newFixedThreadPool(threads, TransferLabTask::worker);
            try {
                LabSeedPipeline.Host host = new Host();
                List<LabSeedPipeline> pipelines = new ArrayList<>();
                for (long seed : request.seedList()) pipelines.add(new LabSeedPipeline(request, seed, store, cache, host));
                // Sources and baselines do not depend on each other: queue every source, then every
                // baseline, and start each seed's transfer once both of its models are there, so that
                // no core waits while another seed's source trains.
                List<CompletableFuture<LabSeedPipeline.SourceStage>> sources = new ArrayList<>();
                for (LabSeedPipeline pipeline : pipelines) sources.add(CompletableFuture.supplyAsync(() -> stage(pipeline::source), pool));
                List<CompletableFuture<LabSeedPipeline.BaselineStage>> baselines = new ArrayList<>();
                for (LabSeedPipeline pipeline : pipelines) baselines.add(CompletableFuture.supplyAsync(() -> stage(pipeline::baseline), pool));
                List<CompletableFuture<LabSeedRun>> seeds = new ArrayList<>();
                List<Future<?>> everything = new ArrayList<>(sources);
                everything.addAll(baselines);
                for (int s = 0; s < pipelines.size(); s++) {
                    LabSeedPipeline pipeline = pipelines.get(s);
                    CompletableFuture<LabSeedRun> transfer = sources.get(s).thenCombineAsync(baselines.get(s),
                            (source, baseline) -> stage(() -> pipeline.transfer(source, baseline)), pool);
                    seeds.add(transfer);
                    everything.add(transfer);
                }
                awaitAll(everything);
                return collect(seeds);
            } finally {
                pool.shutdown();
            }
        } finally {
            stopped = true;
            Platform.runLater(onStopped);
        }
    }

    /** Runs one stage of a seed; its failure stops every other stage at once. */
    private <T> T stage(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            if (!stoppedBy(e)) stopping.set(true);
            throw e;
        }
    }

    /** Waits until every stage has finished, failed or stopped, so that nothing trains once the task returns. */
    private void awaitAll(List<Future<?>> stages) {
        boolean interrupted = false;
        for (Future<?> stage : stages) {
            while (true) {
                try {
                    stage.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;      // the workbench is closing: stop the seeds, still wait for them
                    stopping.set(true);
                } catch (ExecutionException | CancellationException e) {
                    break;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static boolean stoppedBy(Throwable error) {
        if (error instanceof java.util.concurrent.CompletionException && error.getCause() != null) return stoppedBy(error.getCause());
        return error instanceof CancellationException || error instanceof RunRecorder.CancelledRunException;
    }

    /** Returns every seed's runs once all have finished, or the first real error, or a cancellation. */
    private LabOutcome collect(List<CompletableFuture<LabSeedRun>> seeds) throws Exception {
        List<LabSeedRun> done = new ArrayList<>();
        Throwable firstError = null;
        for (CompletableFuture<LabSeedRun> seed : seeds) {   // all finished: awaitAll has waited for them
            try {
                done.add(seed.join());
            } catch (java.util.concurrent.CompletionException e) {
                if (firstError == null && !stoppedBy(e.getCause())) firstError = e.getCause();
            } catch (CancellationException e) {
                // stopped: counted below
            }
        }
        if (firstError instanceof Error error) throw error;
        if (firstError instanceof Exception error) throw error;
        if (isCancelled() || done.size() < seeds.size()) throw new CancellationException("cancelled");
        updateProgress(1, 1);
        updateMessage("Done");
        return new LabOutcome(done);
    }

    private static Thread worker(Runnable work) {
        Thread thread = new Thread(work, "transfer-lab-seed");
        thread.setDaemon(true);
        return thread;
    }

    /** The pipelines' view of this task; called on the worker threads. */
    private final class Host implements LabSeedPipeline.Host {
        @Override
        public void publish(LabSeries series, long seed, EpochMetrics metrics) {
            LabPoint point = new LabPoint(series, seed, metrics);
            Platform.runLater(() -> onEpoch.accept(point));
        }

        @Override
        public void progress(long seed, LabSeries series, double fraction) {
            updateProgress(progress.set(seed, series, fraction), 1);
        }

        @Override
        public void stage(long seed, String text) {
            updateMessage(progress.stage(seed, text));
        }

        @Override
        public boolean stopped() {
            return isCancelled() || stopping.get();
        }
    }
}
