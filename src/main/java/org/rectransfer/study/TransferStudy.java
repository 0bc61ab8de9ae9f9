package org.rectransfer.study;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transfer over seeds, as the workbench's transfer lab runs it: for every seed a source
 * model, the target's baseline and the transfer ({@link SeedPipeline}), each recorded in the
 * workspace, on a fixed pool of as many threads as there are cores (divided by the training
 * threads of each model, {@code --threads}, when its steps are data-parallel): every seed's source and
 * baseline are queued at once, each transfer as soon as its seed's two models are there. Stopping,
 * or a seed failing, stops every seed between batches; their unfinished runs are recorded as
 * failed. {@link #run} returns only when every seed has stopped, so that nothing trains after it.
 */
public final class TransferStudy {
    private static final Logger LOG = LoggerFactory.getLogger(TransferStudy.class);

    /** Hears about the study; called on its worker threads. */
    public interface Listener {
        /** An epoch of the {@code role} model of {@code seed} finished, or was replayed from the workspace. */
        void onEpoch(ModelRole role, long seed, EpochMetrics metrics);

        /** @param fraction how much of the whole study is done, 0..1 */
        void onProgress(double fraction);

        /** @param status what every seed is doing, in one line */
        void onStatus(String status);
    }

    private final TransferRequest request;
    private final Workspace store;
    private final StudyCache cache;
    private final Listener listener;
    private final BooleanSupplier cancelled;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final SeedProgress progress;

    private TransferStudy(TransferRequest request, Workspace store, StudyCache cache, Listener listener, BooleanSupplier cancelled) {
        this.request = request;
        this.store = store;
        this.cache = cache;
        this.listener = listener;
        this.cancelled = cancelled;
        this.progress = new SeedProgress(request.seeds());
    }

    /**
     * Runs the study; returns when every seed has finished or stopped.
     *
     * @param cache     models and importances this session already has (so that another plan trains only the transfer)
     * @param cancelled polled between batches; once true every seed stops
     * @return every seed's runs
     * @throws CancellationException when cancelled; the first real error of a seed otherwise
     */
    public static TransferOutcome run(TransferRequest request, Workspace store, StudyCache cache, Listener listener,
                                      BooleanSupplier cancelled) throws Exception {
        return new TransferStudy(request, store, cache, listener, cancelled).run();
    }

    /**
     * @return the threads the seeds' models train on: the machine's cores, at most two per seed
     *         (source and baseline). Not more: measured on two cores, three Book sources and a
     *         baseline on four threads took 137 s where two threads took 106 s (docs/performance.md),
     *         the training threads evicting each other's tables from the caches.
     */
    public static int threads(int seeds) {
        return threads(seeds, Runtime.getRuntime().availableProcessors());
    }

    static int threads(int seeds, int cores) {
        return threads(seeds, cores, 1);
    }

    /**
     * @param trainingThreads threads each model's training steps use ({@code --threads})
     * @return how many models train at once: the cores divided among the models' training
     *         threads, at most two models per seed, at least one model
     */
    static int threads(int seeds, int cores, int trainingThreads) {
        return Math.max(1, Math.min(2 * seeds, cores / Math.max(1, trainingThreads)));
    }

    private TransferOutcome run() throws Exception {
        int stepThreads = request.settings().threads();
        int threads = threads(request.seeds(), Runtime.getRuntime().availableProcessors(), stepThreads);
        int busy = threads * stepThreads;
        listener.onStatus("Training " + request.seeds() + (request.seeds() == 1 ? " seed" : " seeds") + " on "
                + busy + (busy == 1 ? " thread" : " threads"));
        LOG.info("transfer {} -> {} ({}), {} seeds, at most {} epochs, {} models at once on {} training thread(s) each",
                request.source(), request.target(), request.plan().describe(), request.seeds(), request.epochs(), threads,
                stepThreads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, TransferStudy::worker);
        try {
            SeedPipeline.Host host = new Host();
            List<SeedPipeline> pipelines = new ArrayList<>();
            for (long seed : request.seedList()) pipelines.add(new SeedPipeline(request, seed, store, cache, host));
            // Sources and baselines do not depend on each other: queue every source, then every
            // baseline, and start each seed's transfer once both of its models are there, so that
            // no core waits while another seed's source trains.
            List<CompletableFuture<SeedPipeline.SourceStage>> sources = new ArrayList<>();
            for (SeedPipeline pipeline : pipelines) sources.add(CompletableFuture.supplyAsync(() -> stage(pipeline::source), pool));
            List<CompletableFuture<SeedPipeline.BaselineStage>> baselines = new ArrayList<>();
            for (SeedPipeline pipeline : pipelines) baselines.add(CompletableFuture.supplyAsync(() -> stage(pipeline::baseline), pool));
            List<CompletableFuture<SeedTransfer>> seeds = new ArrayList<>();
            List<Future<?>> everything = new ArrayList<>(sources);
            everything.addAll(baselines);
            for (int s = 0; s < pipelines.size(); s++) {
                SeedPipeline pipeline = pipelines.get(s);
                CompletableFuture<SeedTransfer> transfer = sources.get(s).thenCombineAsync(baselines.get(s),
                        (source, baseline) -> stage(() -> pipeline.transfer(source, baseline)), pool);
                seeds.add(transfer);
                everything.add(transfer);
            }
            awaitAll(everything);
            return collect(seeds, everything);
        } finally {
            pool.shutdown();
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

    /** Waits until every stage has finished, failed or stopped, so that nothing trains once the study returns. */
    private void awaitAll(List<Future<?>> stages) {
        boolean interrupted = false;
        for (Future<?> stage : stages) {
            while (true) {
                try {
                    stage.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;      // the application is closing: stop the seeds, still wait for them
                    stopping.set(true);
                } catch (ExecutionException | CancellationException e) {
                    break;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** @return why a finished stage failed (unwrapped), or null when it succeeded */
    private static Throwable failureOf(Future<?> stage) {
        try {
            stage.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof java.util.concurrent.CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause() : e.getCause();
        } catch (CancellationException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CancellationException("interrupted");
        }
    }

    private static boolean stoppedBy(Throwable error) {
        if (error instanceof java.util.concurrent.CompletionException && error.getCause() != null) return stoppedBy(error.getCause());
        return error instanceof CancellationException || error instanceof RunRecorder.CancelledRunException;
    }

    /**
     * Returns every seed's runs once all have finished, or the first real error, or a cancellation.
     * The error is looked for in every stage, not only the transfers: when a baseline fails, the
     * sources it stops end with a cancellation, and a transfer reports whichever of its two stages
     * it looks at first.
     */
    private TransferOutcome collect(List<CompletableFuture<SeedTransfer>> seeds, List<Future<?>> stages) throws Exception {
        List<SeedTransfer> done = new ArrayList<>();
        Throwable firstError = null;
        for (Future<?> stage : stages) {   // all finished: awaitAll has waited for them
            Throwable error = failureOf(stage);
            if (firstError == null && error != null && !stoppedBy(error)) firstError = error;
        }
        for (CompletableFuture<SeedTransfer> seed : seeds) {
            if (failureOf(seed) == null) done.add(seed.join());
        }
        if (firstError != null) LOG.warn("transfer {} -> {} failed: {}", request.source(), request.target(), firstError.toString());
        if (firstError instanceof Error error) throw error;
        if (firstError instanceof Exception error) throw error;
        if (cancelled.getAsBoolean() || done.size() < seeds.size()) {
            LOG.info("transfer {} -> {} cancelled; its unfinished runs are recorded as failed", request.source(), request.target());
            throw new CancellationException("cancelled");
        }
        listener.onProgress(1);
        listener.onStatus("Done");
        return new TransferOutcome(done);
    }

    private static Thread worker(Runnable work) {
        Thread thread = new Thread(work, "transfer-study-seed");
        thread.setDaemon(true);
        return thread;
    }

    /** The pipelines' view of this study; called on the worker threads. */
    private final class Host implements SeedPipeline.Host {
        @Override
        public void publish(ModelRole series, long seed, EpochMetrics metrics) {
            listener.onEpoch(series, seed, metrics);
        }

        @Override
        public void progress(long seed, ModelRole series, double fraction) {
            listener.onProgress(progress.set(seed, series, fraction));
        }

        @Override
        public void stage(long seed, String text) {
            listener.onStatus(progress.stage(seed, text));
        }

        @Override
        public boolean stopped() {
            return cancelled.getAsBoolean() || stopping.get();
        }
    }
}
