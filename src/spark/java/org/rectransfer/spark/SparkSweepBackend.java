package org.rectransfer.spark;

import org.rectransfer.experiment.RunKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.rectransfer.experiment.DomainPreparation;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunResult;
import org.rectransfer.experiment.SweepBackend;
import org.rectransfer.experiment.SweepLedger;
import org.rectransfer.experiment.SweepListener;
import org.rectransfer.experiment.SweepOutcome;
import org.rectransfer.experiment.SweepPlanner;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.experiment.SweepTask;
import org.rectransfer.experiment.SweepTaskRun;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.NcfParameters;

/**
 * Runs a sweep's tasks on Apache Spark ({@code --executor spark}): each task is one Spark job of
 * one partition, submitted asynchronously, so as many run at once as the cluster has cores. The
 * driver (where the command runs) owns the workspace: it records each run as it starts and as
 * its result comes back, exactly as a local sweep does, so a killed driver resumes the same way.
 * Sources and baselines run first, then the transfers with their source models shipped in the
 * task. Executors read the data files at the paths given, so the files must be on a shared file
 * system (or copied to the same path on every node).
 *
 * <p>The master comes from {@code spark-submit} ({@code spark.master}); without one the sweep
 * runs in local mode on {@code --parallel} cores, which is also how the tests run it.
 */
public final class SparkSweepBackend implements SweepBackend {
    /** Prepared domains per executor JVM: a domain read once serves every task on it. */
    private static final Map<String, PreparedDomain> EXECUTOR_DOMAINS = new ConcurrentHashMap<>();
    /** How long a driver waits before looking again at tasks another driver holds. */
    private static final long WAIT_MILLIS = 500;

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public SweepOutcome run(SweepSpec spec, SweepLedger ledger, SweepListener listener, int parallel) throws InterruptedException {
        SparkConf conf = new SparkConf().setAppName("rectransfer sweep").setIfMissing("spark.master", "local[" + parallel + "]")
                .setIfMissing("spark.ui.enabled", "false");
        if (conf.get("spark.master").startsWith("local")) {
            // Local mode needs no network: bind to loopback, whatever the host name resolves to.
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1").setIfMissing("spark.driver.host", "127.0.0.1");
        }
        Tally tally = new Tally();
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            wave(spark, spec, ledger, listener, SweepPlanner.firstWave(spec), tally);
            wave(spark, spec, ledger, listener, SweepPlanner.secondWave(spec), tally);
        }
        return new SweepOutcome(tally.ran, tally.skipped, tally.failed);
    }

    /**
     * Runs a wave's tasks, then waits for those another driver holds (two submissions of one sweep,
     * or a driver resubmitted while the killed one's claims are still alive) until they are done
     * or their holder is dead, so that each task is trained once.
     */
    private static void wave(JavaSparkContext spark, SweepSpec spec, SweepLedger ledger, SweepListener listener,
                             List<SweepTask> tasks, Tally tally) throws InterruptedException {
        List<SweepTask> held = attempt(spark, spec, ledger, listener, tasks, tally);
        boolean told = false;
        while (!held.isEmpty()) {
            if (!told) listener.onWaiting(held.size());
            told = true;
            Thread.sleep(WAIT_MILLIS);
            held = attempt(spark, spec, ledger, listener, held, tally);
        }
    }

    /** @return the tasks another live process holds */
    private static List<SweepTask> attempt(JavaSparkContext spark, SweepSpec spec, SweepLedger ledger, SweepListener listener,
                                           List<SweepTask> tasks, Tally tally) throws InterruptedException {
        Map<String, PreparedDomain> driverDomains = new ConcurrentHashMap<>();
        Map<String, NcfParameters> sourceModels = new ConcurrentHashMap<>();
        List<Pending> pending = new ArrayList<>();
        List<SweepTask> held = new ArrayList<>();
        for (SweepTask task : tasks) {
            if (skipIfDone(ledger, listener, task, tally)) continue;
            if (!ledger.claim(task.key())) {
                held.add(task);
                continue;
            }
            // Done by another driver between the first look and the claim: nothing to do.
            if (skipIfDone(ledger, listener, task, tally)) {
                ledger.release(task.key());
                continue;
            }
            TrainingSettings settings = spec.settings().withSeed(task.seed());
            String runId = null;
            try {
                // The driver reads the domain too: the ledger records its size, hash and users.
                PreparedDomain domain = driverDomains.computeIfAbsent(task.domain().name() + ":" + task.seed(),
                        key -> DomainPreparation.prepare(task.domain(), spec.read(), spec.filterFor(task), settings));
                NcfParameters source = task.kind() == RunKind.TRANSFER ? SweepTaskRun.sourceModel(task, ledger, sourceModels) : null;
                RemoteTask remote = RemoteTask.of(task, settings, spec.filterFor(task), spec.read(), spec.tuneLr(), source);
                listener.onStarted(task);
                runId = ledger.begin(task, domain, settings, task.config());
                JavaFutureAction<List<RunResult>> future = spark.parallelize(List.of(remote), 1)
                        .map(SparkSweepBackend::train).collectAsync();
                pending.add(new Pending(task, runId, domain, future));
            } catch (RuntimeException e) {
                fail(ledger, listener, tally, task, runId, e);
                ledger.release(task.key());
            }
        }
        // Record results as they come back, in whatever order the cluster finishes them.
        while (!pending.isEmpty()) {
            boolean progressed = false;
            for (Pending p : List.copyOf(pending)) {
                if (!p.future().isDone()) continue;
                pending.remove(p);
                progressed = true;
                try {
                    RunResult result = p.future().get().get(0);
                    ledger.complete(p.runId(), p.task(), p.domain(), result);
                    tally.ran++;
                    listener.onFinished(p.task(), p.runId(), result);
                } catch (ExecutionException e) {
                    Throwable cause = rootCause(e);
                    fail(ledger, listener, tally, p.task(), p.runId(), cause instanceof RuntimeException r ? r
                            : new IllegalStateException(String.valueOf(cause.getMessage()), cause));
                } catch (RuntimeException e) {
                    fail(ledger, listener, tally, p.task(), p.runId(), e);
                } finally {
                    ledger.release(p.task().key());
                }
            }
            if (!progressed) Thread.sleep(50);
        }
        return held;
    }

    private static boolean skipIfDone(SweepLedger ledger, SweepListener listener, SweepTask task, Tally tally) {
        Optional<String> done = ledger.finishedRun(task.key());
        if (done.isEmpty()) return false;
        tally.skipped++;
        listener.onSkipped(task, done.get());
        return true;
    }

    /** Runs on an executor: reads (once per JVM) and prepares the domain, then trains the task. */
    static RunResult train(RemoteTask remote) {
        SweepTask task = remote.task();
        requireReadable(task.domain().path());
        TrainingSettings settings = remote.settings();
        String key = remote.domainPath() + "|" + remote.domainName() + "|" + settings.seed() + "|" + settings.holdOut() + "|"
                + settings.evalNegatives() + "|" + remote.filter() + "|" + remote.read();
        PreparedDomain domain = EXECUTOR_DOMAINS.computeIfAbsent(key,
                k -> DomainPreparation.prepare(task.domain(), remote.read(), remote.filter(), settings));
        return SweepTaskRun.execute(task, domain, settings, remote.tuneLr(), remote.source());
    }

    /**
     * A data file missing on one node fails that node's task with one line naming the node and
     * the path, which the driver records as the run's error (instead of a stack trace from the reader).
     */
    static void requireReadable(java.nio.file.Path file) {
        if (!java.nio.file.Files.isReadable(file)) {
            throw new org.rectransfer.data.BadInputException(file, 0, "not readable on executor host " + hostName()
                    + " (data files must be at the same path on every node of the cluster)");
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            return String.valueOf(System.getenv("HOSTNAME"));
        }
    }

    private static void fail(SweepLedger ledger, SweepListener listener, Tally tally, SweepTask task, String runId,
                             RuntimeException e) {
        // An executor's failure comes back as Spark's report with its stack trace: keep the first line.
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        String reason = task.key() + ": " + message;
        if (runId != null) ledger.fail(runId, message);
        tally.failed.add(reason);
        listener.onFailed(task, reason);
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause;
    }

    private record Pending(SweepTask task, String runId, PreparedDomain domain, JavaFutureAction<List<RunResult>> future) { }

    /** What this attempt did; touched by the driver's thread only. */
    private static final class Tally {
        int ran;
        int skipped;
        final List<String> failed = new ArrayList<>();
    }
}
