package org.rectransfer.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rectransfer.model.NcfParameters;

/**
 * Runs a sweep on local cores, resumably: tasks already recorded as done in the ledger are
 * skipped, so after a crash the same sweep simply runs again and does only what is missing.
 * Each run is single-threaded and seeded, so results do not depend on the degree of
 * parallelism or on the order in which tasks finish.
 */
public final class SweepExecutor {
    private final SweepSpec spec;
    private final SweepLedger ledger;
    private final SweepListener listener;
    private final Map<String, PreparedDomain> prepared = new ConcurrentHashMap<>();
    private final Map<String, NcfParameters> sourceModels = new ConcurrentHashMap<>();
    private final AtomicInteger ran = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final List<String> failed = Collections.synchronizedList(new ArrayList<>());

    /** @param listener told about each task, from worker threads */
    public SweepExecutor(SweepSpec spec, SweepLedger ledger, SweepListener listener) {
        this.spec = spec;
        this.ledger = ledger;
        this.listener = listener;
    }

    /** Runs every missing task on {@code parallel} threads; @return what this attempt did */
    public SweepOutcome run(int parallel) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            runWave(pool, SweepPlanner.firstWave(spec));
            runWave(pool, SweepPlanner.secondWave(spec));
        } finally {
            pool.shutdownNow();
        }
        return new SweepOutcome(ran.get(), skipped.get(), failed);
    }

    private void runWave(ExecutorService pool, List<SweepTask> tasks) throws InterruptedException {
        List<Future<?>> futures = new ArrayList<>();
        for (SweepTask task : tasks) futures.add(pool.submit(() -> runTask(task)));
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("sweep worker crashed: " + e.getCause(), e.getCause());
            }
        }
    }

    private void runTask(SweepTask task) {
        Optional<String> done = ledger.finishedRun(task.key());
        if (done.isPresent()) {
            skipped.incrementAndGet();
            listener.onSkipped(task, done.get());
            return;
        }
        TrainingSettings settings = spec.settings().withSeed(task.seed());
        String runId = null;
        try {
            PreparedDomain domain = prepared.computeIfAbsent(task.domain().name() + ":" + task.seed(),
                    key -> DomainPreparation.prepare(task.domain(), spec.read(), spec.filter(), settings));
            NcfParameters source = task.kind().equals("transfer") ? SweepTaskRun.sourceModel(task, ledger, sourceModels) : null;
            listener.onStarted(task);
            runId = ledger.begin(task, domain, settings, task.config());
            RunResult result = SweepTaskRun.execute(task, domain, settings, spec.tuneLr(), source);
            ledger.complete(runId, task, domain, result);
            ran.incrementAndGet();
            listener.onFinished(task, runId, result);
        } catch (RuntimeException e) {
            String reason = task.key() + ": " + e.getMessage();
            if (runId != null) ledger.fail(runId, String.valueOf(e.getMessage()));
            failed.add(reason);
            listener.onFailed(task, reason);
        }
    }
}
