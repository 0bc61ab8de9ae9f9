package org.rectransfer.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.rectransfer.experiment.SweepBackend;
import org.rectransfer.experiment.SweepExecutor;
import org.rectransfer.experiment.SweepListener;
import org.rectransfer.experiment.SweepOutcome;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.experiment.SweepSpecJson;
import org.rectransfer.experiment.SweepStatus;
import org.rectransfer.store.Provenance;
import org.rectransfer.store.SweepResults;
import org.rectransfer.store.Workspace;
import org.rectransfer.store.WorkspaceLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Running a sweep, or resuming it: the sweep's id comes from its stored description unless named,
 * so the same command finds the same sweep; tasks already done are skipped, tasks another process
 * holds are waited for, and the sweep's status says whether every task finished. A sweep can be
 * stopped (the workbench's Stop): no task starts any more, runs in progress stop between batches
 * and are recorded failed ("cancelled"), and the sweep is left {@code incomplete}; running it again
 * resumes it, from either front end.
 */
public final class SweepStudy {
    private static final Logger LOG = LoggerFactory.getLogger(SweepStudy.class);

    /**
     * How to run a sweep; none of it changes its numbers, so none of it is in its identity.
     *
     * @param name        the sweep's id, or null for the one derived from its description
     * @param replace     keep a stored sweep of this name with another description as NAME~N instead of refusing
     * @param retrain     train sources and baselines even when the workspace holds the same model
     * @param executor    {@code local}, or the name of a {@link SweepBackend} ({@code spark})
     * @param parallel    runs at once
     * @param commandLine what started the sweep, for provenance
     */
    public record Options(String name, boolean replace, boolean retrain, String executor, int parallel, List<String> commandLine) {
        public Options {
            if (parallel < 1) throw new IllegalArgumentException("--parallel must be >= 1");
            commandLine = List.copyOf(commandLine);
        }
    }

    /** Hears about the sweep as a whole, besides its tasks. */
    public interface Listener extends SweepListener {
        /** The sweep starts (or resumes) in {@code workspace}. */
        default void onSweepStarted(String sweepId, Path workspace, Options options) { }

        /** A stored sweep of this name had another description and is kept as {@code keptAs}. */
        default void onArchived(String sweepId, String keptAs) { }
    }

    /**
     * @param id      the sweep
     * @param outcome what its tasks did
     */
    public record Result(String id, SweepOutcome outcome) {
        /** @return whether every task finished */
        public boolean complete() {
            return outcome.failed().isEmpty() && outcome.stopped() == 0;
        }

        /** @return whether the sweep was stopped before every task finished */
        public boolean stopped() {
            return outcome.stopped() > 0;
        }
    }

    private SweepStudy() { }

    /**
     * @return the id the sweep is stored under: {@code name}, or derived from its description
     * @throws org.rectransfer.data.BadInputException when a data file cannot be read
     */
    public static String id(SweepSpec spec, String name) {
        return name != null ? name : SweepSpecJson.id(SweepSpecJson.write(spec));
    }

    /**
     * Runs (or resumes) the sweep in the workspace.
     *
     * @throws UnknownChoiceException when the executor is not in this build
     * @throws org.rectransfer.store.SweepMismatchException when the name holds a sweep with another description (without replace)
     * @throws InterruptedException when interrupted while waiting for tasks
     */
    public static Result run(Workspace store, SweepSpec spec, Options options, Listener listener) throws InterruptedException {
        return run(store, spec, options, listener, () -> false);
    }

    /**
     * Runs (or resumes) the sweep in the workspace until it is done or {@code stop} becomes true.
     * Returns only when no run of this attempt is training any more; a run cut short is recorded
     * failed ("cancelled") and the sweep is left {@code incomplete}. The local executor looks at
     * {@code stop}; a backend ({@code spark}) does not.
     *
     * @param stop polled before each task and between the batches of each run, from worker threads
     * @throws UnknownChoiceException when the executor is not in this build
     * @throws org.rectransfer.store.SweepMismatchException when the name holds a sweep with another description (without replace)
     * @throws InterruptedException when interrupted while waiting for tasks
     */
    public static Result run(Workspace store, SweepSpec spec, Options options, Listener listener, BooleanSupplier stop)
            throws InterruptedException {
        SweepBackend backend = backend(options.executor());
        String specJson = SweepSpecJson.write(spec);
        String id = options.name() != null ? options.name() : SweepSpecJson.id(specJson);
        if (options.replace() && SweepResults.spec(store, id).filter(stored -> !stored.equals(specJson)).isPresent()) {
            WorkspaceLedger.archive(store, id).ifPresent(kept -> {
                LOG.info("sweep {} had another description: kept as {}", id, kept);
                listener.onArchived(id, kept);
            });
        }
        try (WorkspaceLedger ledger = WorkspaceLedger.open(store, id, specJson, Provenance.of(options.commandLine()))) {
            ledger.reuseFinishedModels(!options.retrain());
            // A resumed sweep is running again (a stopped or failed attempt left it incomplete).
            ledger.setStatus(SweepStatus.RUNNING);
            listener.onSweepStarted(id, store.dir(), options);
            LOG.info("sweep {} in {}: {} sources x {} targets x {} configs x {} seeds, {} parallel, executor {}", id, store.dir(),
                    spec.sources().size(), spec.targets().size(), spec.configs().size(), spec.seeds().size(), options.parallel(),
                    options.executor());
            SweepOutcome outcome;
            try {
                outcome = backend == null ? new SweepExecutor(spec, ledger, listener, stop).run(options.parallel())
                        : backend.run(spec, ledger, listener, options.parallel());
            } catch (RuntimeException e) {
                // Not left "running" for the lists of both front ends, which would wait for it.
                ledger.setStatus(SweepStatus.INCOMPLETE);
                throw e;
            }
            SweepStatus status = new Result(id, outcome).complete() ? SweepStatus.DONE : SweepStatus.INCOMPLETE;
            ledger.setStatus(status);
            LOG.info("sweep {} is {}", id, status);
            return new Result(id, outcome);
        }
    }

    /** @return the backend of {@code executor}, null for the local one */
    private static SweepBackend backend(String executor) {
        if (executor.equals("local")) return null;
        Optional<SweepBackend> backend = SweepBackend.named(executor);
        return backend.orElseThrow(() -> new UnknownChoiceException("--executor " + executor
                + " is not available in this build (build with: mvn -Pspark package); use --executor local"));
    }
}
