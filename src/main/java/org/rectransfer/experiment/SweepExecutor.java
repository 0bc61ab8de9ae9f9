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
import java.util.function.BooleanSupplier;
import org.rectransfer.model.NcfParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a sweep on local cores, resumably: tasks already recorded as done in the ledger are
 * skipped, so after a crash the same sweep simply runs again and does only what is missing.
 * Each task is claimed in the ledger before it trains, so that two processes working on one sweep
 * train every task once: a task another live process holds is left to it and waited for at the
 * end of its wave (and taken over if that process dies). A finished source whose model is
 * damaged is trained again. Each run trains on one thread ({@link SweepTaskRun#TRAINING_THREADS},
 * whatever the settings' threads say) and is seeded, so results do not depend on
 * the degree of parallelism, on the order in which tasks finish or on which process ran them.
 *
 * <p>A sweep can be stopped: the {@code stop} flag is looked at before each task and between the
 * batches of each run, so that a run in progress stops within a batch and is recorded failed
 * ("cancelled", as a cancelled run of the transfer lab); no other task starts, and tasks held by
 * another process are no longer waited for. {@link #run} returns once every worker has stopped.
 */
public final class SweepExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(SweepExecutor.class);
    /** How long to wait between looks at tasks another process holds. */
    private static final long WAIT_MILLIS = 500;

    private final SweepSpec spec;
    private final SweepLedger ledger;
    private final SweepListener listener;
    private final BooleanSupplier stop;
    private final Map<String, PreparedDomain> prepared = new ConcurrentHashMap<>();
    private final Map<String, NcfParameters> sourceModels = new ConcurrentHashMap<>();
    private final AtomicInteger ran = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger stopped = new AtomicInteger();
    private final List<String> failed = Collections.synchronizedList(new ArrayList<>());

    /** What became of one look at a task. */
    private enum Attempt { DONE, HELD_ELSEWHERE }

    /** Thrown inside a task whose run was cut short by a stop; the run is recorded failed. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("cancelled", null, false, false);
        }
    }

    /** @param listener told about each task, from worker threads */
    public SweepExecutor(SweepSpec spec, SweepLedger ledger, SweepListener listener) {
        this(spec, ledger, listener, () -> false);
    }

    /**
     * @param listener told about each task, from worker threads
     * @param stop     once true, no task starts and runs in progress stop between batches (polled from worker threads)
     */
    public SweepExecutor(SweepSpec spec, SweepLedger ledger, SweepListener listener, BooleanSupplier stop) {
        this.spec = spec;
        this.ledger = ledger;
        this.listener = listener;
        this.stop = stop;
    }

    /** Runs every missing task on {@code parallel} threads; @return what this attempt did */
    public SweepOutcome run(int parallel) throws InterruptedException {
        long begin = System.nanoTime();
        List<SweepTask> first = SweepPlanner.firstWave(spec);
        List<SweepTask> second = SweepPlanner.secondWave(spec);
        LOG.info("sweep starts: {} tasks, {} sources and baselines then {} transfers ({} configs x {} seeds), on {} threads",
                first.size() + second.size(), first.size(), second.size(), spec.configs().size(), spec.seeds().size(), parallel);
        if (LOG.isInfoEnabled()) logResume(first, second);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            runWave(pool, first);
            // Transfers need the first wave's models: after a stop they are all left for the next attempt.
            if (stop.getAsBoolean()) {
                stopped.addAndGet(second.size());
            } else {
                runWave(pool, second);
            }
        } finally {
            pool.shutdownNow();
        }
        SweepOutcome outcome = new SweepOutcome(ran.get(), skipped.get(), failed, reused.get(), stopped.get());
        LOG.info("sweep ends after {} s: {} trained, {} skipped (done before), {} reused from the workspace, {} failed{}",
                Math.round((System.nanoTime() - begin) / 1e9), outcome.ran(), outcome.skipped(), outcome.reused(), outcome.failed().size(),
                outcome.stopped() > 0 ? ", " + outcome.stopped() + " left undone (stopped)" : "");
        return outcome;
    }

    /** Says whether this is a resumed sweep: how many of its tasks an earlier attempt finished. */
    private void logResume(List<SweepTask> first, List<SweepTask> second) {
        long done = java.util.stream.Stream.concat(first.stream(), second.stream())
                .filter(task -> ledger.finishedRun(task.key()).isPresent()).count();
        if (done == 0) {
            LOG.info("no task of this sweep is done yet: a new sweep, or one stopped before its first run finished");
        } else {
            LOG.info("resuming: {} of {} tasks were done by an earlier attempt and are skipped (a damaged source model is trained again)",
                    done, first.size() + second.size());
        }
    }

    /** Runs a wave's tasks, then waits for those another process holds until they are done or taken over. */
    private void runWave(ExecutorService pool, List<SweepTask> tasks) throws InterruptedException {
        List<SweepTask> held = attempt(pool, tasks);
        boolean told = false;
        while (!held.isEmpty()) {
            if (stop.getAsBoolean()) {
                LOG.info("stopped: no longer waiting for {} task(s) another process holds", held.size());
                stopped.addAndGet(held.size());
                return;
            }
            if (!told) {
                LOG.info("waiting for {} task(s) another live process holds, e.g. {}", held.size(), held.get(0).key());
                listener.onWaiting(held.size());
            }
            told = true;
            Thread.sleep(WAIT_MILLIS);
            held = attempt(pool, held);
        }
    }

    /** @return the tasks another live process holds */
    private List<SweepTask> attempt(ExecutorService pool, List<SweepTask> tasks) throws InterruptedException {
        List<Future<Attempt>> futures = new ArrayList<>();
        for (SweepTask task : tasks) futures.add(pool.submit(() -> runTask(task)));
        List<SweepTask> held = new ArrayList<>();
        for (int k = 0; k < futures.size(); k++) {
            try {
                if (futures.get(k).get() == Attempt.HELD_ELSEWHERE) held.add(tasks.get(k));
            } catch (ExecutionException e) {
                throw new IllegalStateException("sweep worker crashed: " + e.getCause(), e.getCause());
            }
        }
        return held;
    }

    private Attempt runTask(SweepTask task) {
        if (stop.getAsBoolean()) {
            stopped.incrementAndGet();
            return Attempt.DONE;
        }
        if (skipIfDone(task)) return Attempt.DONE;
        if (!ledger.claim(task.key())) return Attempt.HELD_ELSEWHERE;
        String runId = null;
        try {
            // Done by another process between the first look and the claim: nothing to do.
            if (skipIfDone(task)) return Attempt.DONE;
            TrainingSettings settings = spec.settings().withSeed(task.seed());
            PreparedDomain domain = prepared.computeIfAbsent(task.domain().name() + ":" + task.seed(),
                    key -> DomainPreparation.prepare(task.domain(), spec.read(), spec.filterFor(task), settings));
            if (stop.getAsBoolean()) throw new Stopped();
            if (task.kind() != RunKind.TRANSFER) {
                Optional<String> adopted = ledger.adoptFinishedModel(task, domain, settings);
                if (adopted.isPresent()) {
                    reused.incrementAndGet();
                    listener.onReused(task, adopted.get());
                    return Attempt.DONE;
                }
            }
            NcfParameters source = task.kind() == RunKind.TRANSFER ? SweepTaskRun.sourceModel(task, ledger, sourceModels) : null;
            listener.onStarted(task);
            runId = ledger.begin(task, domain, settings, task.config());
            RunResult result = SweepTaskRun.execute(task, domain, settings, spec.tuneLr(), source, stop);
            // Cut short (or stopped just as it ended): never stored as done, as the lab's cancelled runs.
            if (stop.getAsBoolean()) throw new Stopped();
            ledger.complete(runId, task, domain, result);
            ran.incrementAndGet();
            listener.onFinished(task, runId, result);
        } catch (Stopped e) {
            if (runId != null) ledger.fail(runId, "cancelled");
            stopped.incrementAndGet();
            LOG.info("task {} stopped{}", task.key(), runId != null ? ": run " + runId + " recorded failed (cancelled)" : "");
        } catch (RuntimeException e) {
            LOG.debug("task {} failed", task.key(), e);
            String reason = task.key() + ": " + e.getMessage();
            if (runId != null) ledger.fail(runId, String.valueOf(e.getMessage()));
            failed.add(reason);
            listener.onFailed(task, reason);
        } finally {
            ledger.release(task.key());
        }
        return Attempt.DONE;
    }

    /**
     * @return true when the task is done and its results usable; a finished source whose model is
     *         damaged is forgotten (and said so), so that it trains again
     */
    private boolean skipIfDone(SweepTask task) {
        Optional<String> done = ledger.finishedRun(task.key());
        if (done.isEmpty()) return false;
        if (task.kind() == RunKind.SOURCE) {
            Optional<String> damage = ledger.forgetIfDamaged(task.key(), done.get());
            if (damage.isPresent()) {
                listener.onDamaged(task, done.get(), damage.get());
                return false;
            }
        }
        skipped.incrementAndGet();
        LOG.debug("task {} skipped: done as run {}", task.key(), done.get());
        listener.onSkipped(task, done.get());
        return true;
    }
}
