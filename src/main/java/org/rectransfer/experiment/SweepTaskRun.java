package org.rectransfer.experiment;

import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.model.TransferPlan;

/**
 * What one sweep task trains, wherever it runs (a local thread or a Spark executor): a source or
 * a baseline from fresh parameters, or a transfer from its source model with the task's preset.
 */
public final class SweepTaskRun {
    /** Training threads of each sweep run: one, since the sweep runs one model per core. */
    public static final int TRAINING_THREADS = 1;

    private SweepTaskRun() { }

    /**
     * @param task     the task
     * @param domain   its domain, prepared with {@code settings}
     * @param settings the sweep's settings with the task's seed
     * @param tuneLr   learning rate of tuned layers
     * @param source   the source model of a transfer; ignored (may be null) otherwise
     * @return the trained run
     */
    public static RunResult execute(SweepTask task, PreparedDomain domain, TrainingSettings settings, double tuneLr,
                                    NcfParameters source) {
        return execute(task, domain, settings, tuneLr, source, () -> false);
    }

    /**
     * {@link #execute(SweepTask, PreparedDomain, TrainingSettings, double, NcfParameters)} that stops
     * between batches once {@code cancelled} is true, returning what it has (not a finished run).
     * A sweep runs one model per core (local threads, Spark tasks), so each run trains on
     * {@link #TRAINING_THREADS} thread whatever {@code settings.threads()} (the evaluation's) says:
     * more would only oversubscribe the cores.
     */
    public static RunResult execute(SweepTask task, PreparedDomain domain, TrainingSettings settings, double tuneLr,
                                    NcfParameters source, java.util.function.BooleanSupplier cancelled) {
        return RunExecutor.execute(domain, settings, start(task, domain, settings, tuneLr, source), RunListener.SILENT, cancelled,
                TRAINING_THREADS);
    }

    /**
     * @param cache source models already loaded, by run id (shared by the tasks of a sweep)
     * @return the trained source model a transfer task starts from
     * @throws IllegalStateException when its source task has not finished
     */
    public static NcfParameters sourceModel(SweepTask task, SweepLedger ledger, java.util.Map<String, NcfParameters> cache) {
        String sourceRun = ledger.finishedRun(task.sourceKey())
                .orElseThrow(() -> new IllegalStateException("its source model " + task.sourceKey() + " did not finish"));
        return cache.computeIfAbsent(sourceRun, ledger::model);
    }

    static ModelStart start(SweepTask task, PreparedDomain domain, TrainingSettings settings, double tuneLr, NcfParameters source) {
        if (task.kind() == RunKind.TRANSFER && source == null) {
            throw new IllegalArgumentException("a transfer needs its source model " + task.sourceKey());
        }
        return start(task.kind() == RunKind.TRANSFER ? task.config() : "baseline", domain, settings, tuneLr, source);
    }

    /**
     * @param config {@code baseline} (fresh parameters) or a preset {@code config-1}..{@code config-7}
     * @return the start of a model on {@code domain}: fresh, or the preset's layers from {@code source}
     */
    public static ModelStart start(String config, PreparedDomain domain, TrainingSettings settings, double tuneLr,
                                   NcfParameters source) {
        NetworkSpec target = new NetworkSpec(domain.data().users(), domain.data().items(), settings.embedding(), settings.layers());
        if (config.equals("baseline")) return ModelStart.fresh(target, settings.seed(), settings.lr());
        return ModelStart.transfer(TransferPlan.preset(config, settings.layers().size()), source, domain, settings, tuneLr);
    }

    /**
     * @return a search trial on {@code domain}: the configuration trained for the given epochs
     *         with a validation hold-out, scored by its best validation HR
     */
    public static SuccessiveHalving.Trial trial(PreparedDomain domain, TrainingSettings settings, double tuneLr,
                                                NcfParameters source) {
        return (config, epochs) -> {
            TrainingSettings trial = settings.withEpochs(epochs).forValidation();
            RunResult result = RunExecutor.execute(domain, trial, start(config, domain, trial, tuneLr, source),
                    RunListener.SILENT, () -> false);
            return result.epochs().stream().mapToDouble(EpochMetrics::validationHr).filter(Double::isFinite).max().orElse(0);
        };
    }
}
