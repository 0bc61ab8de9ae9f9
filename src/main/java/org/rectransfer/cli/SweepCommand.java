package org.rectransfer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.experiment.RunResult;
import org.rectransfer.experiment.SweepOutcome;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.experiment.SweepTask;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.TransferPlan;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.SweepStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rectransfer sweep}: the study of Tables 3-5, resumable, on all local cores. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run sources x targets x configs x seeds: source models, target baselines and transfers.",
                "Resumable: after a crash or kill, run the same command again; finished runs are skipped."})
public final class SweepCommand implements Callable<Integer> {
    @Option(names = "--sources", required = true, arity = "1..*", paramLabel = "FILE", description = "Source domain files.")
    List<String> sources;

    @Option(names = "--targets", required = true, arity = "1..*", paramLabel = "FILE", description = "Target domain files.")
    List<String> targets;

    @Option(names = "--configs", paramLabel = "all|config-N,..", split = ",", description = "Transfer presets (default: all = config-1..config-7).")
    List<String> configs = List.of("all");

    @Option(names = "--seeds", paramLabel = "N", description = "Repeat every setting with seeds 1..N (default: ${DEFAULT-VALUE}).")
    int seeds = 1;

    @Option(names = "--target-fraction", paramLabel = "F", split = ",", description = {
            "Shares of each target's users to train on, e.g. 0.1,0.25,0.5,1 (default: 1). A share below 1 is its",
            "own target, named NAME@PERCENT%% (Office@25%%), whose users are drawn anew for each seed; the baseline",
            "and the transfers of a seed train on the same users."})
    List<Double> targetFractions = SweepSpec.WHOLE_TARGETS;

    @Option(names = "--source-seeds", paramLabel = "1", description = "1: pretrain each source once (first seed) instead of once per seed.")
    int sourceSeeds = 0;

    @Option(names = "--parallel", paramLabel = "N", description = "Runs at once (default: the number of cores).")
    int parallel = Runtime.getRuntime().availableProcessors();

    @Option(names = "--executor", paramLabel = "local|spark", description = {"Where runs execute (default: ${DEFAULT-VALUE}):",
            "local = this machine's cores; spark = Apache Spark (a build with mvn -Pspark; the master of spark-submit,",
            "else local mode on --parallel cores; data files must be at the same path on every node)."})
    String executor = "local";

    @Option(names = "--name", paramLabel = "ID", description = "Sweep id (default: derived from the sweep's settings, so the same command resumes).")
    String name;

    @Option(names = "--tune-lr", paramLabel = "X", description = "Learning rate of tuned layers (default: --lr).")
    Double tuneLr;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    TrainingOptions training;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Print one JSON object with the result.")
    boolean json;

    @Option(names = "--replace", description = {"When the workspace holds a sweep of this --name with other settings or data,",
            "keep it (readable) as NAME~N and start this study under the name, instead of refusing."})
    boolean replace;

    @Option(names = "--retrain", description = {"Train every source and baseline of this sweep, even when the workspace",
            "already holds a model of the same data bytes, settings and seed (by default such a model is reused)."})
    boolean retrain;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (parallel < 1 || seeds < 1) throw new UsageException("--parallel and --seeds must be >= 1");
        SweepSpec sweep = sweepSpec(training.settings());
        PrintWriter err = spec.commandLine().getErr();
        SweepStudy.Options options = new SweepStudy.Options(name, replace, retrain, executor, parallel,
                spec.commandLine().getParseResult().originalArgs());
        try (Workspace store = workspace.open()) {
            SweepStudy.Result result = SweepStudy.run(store, sweep, options, new Printer(err));
            report(result.id(), result.outcome());
            return result.complete() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    /**
     * @return the sweep these options describe, as {@link #call} runs it (the workbench's sweep
     *         editor builds the same one for the same choices: its test compares them)
     * @throws UsageException when an option is invalid
     */
    public SweepSpec sweepSpec() {
        if (seeds < 1) throw new UsageException("--parallel and --seeds must be >= 1");
        return sweepSpec(training.settings());
    }

    private SweepSpec sweepSpec(TrainingSettings settings) {
        List<String> presets = configs.equals(List.of("all")) ? TransferPlan.PRESETS.subList(1, TransferPlan.PRESETS.size()) : configs;
        for (String config : presets) {
            if (!TransferPlan.PRESETS.contains(config) || config.equals("baseline")) {
                throw new UsageException("unknown config '" + config + "' (expected all or config-1..config-7)");
            }
        }
        List<Long> seedList = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) seedList.add(seed);
        try {
            return new SweepSpec(sources.stream().map(SweepCommand::absolute).toList(), targets.stream().map(SweepCommand::absolute).toList(),
                    presets, seedList, sourceSeeds, settings, TrainingOptions.tuneLr(tuneLr, settings), dataOptions.filter(),
                    dataOptions.readOptions(), targetFractions);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * A data argument with its file made absolute: the sweep records where its data is, so that
     * resuming it, or analysing it, from another directory reads the same files.
     */
    private static DomainSource absolute(String argument) {
        DomainSource source = DomainSource.parse(argument);
        return new DomainSource(source.name(), source.path().toAbsolutePath().normalize());
    }

    private void report(String id, SweepOutcome outcome) {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("sweep", id);
            out.put("runs", outcome.ran() + outcome.skipped() + outcome.reused());
            out.put("ran", outcome.ran());
            out.put("skipped", outcome.skipped());
            out.put("reused", outcome.reused());
            out.put("failed", outcome.failed());
            JsonOutput.print(spec.commandLine().getOut(), out);
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT, "sweep %s: %d runs done now, %d already done, %d reused from the workspace, %d failed%n",
                    id, outcome.ran(), outcome.skipped(), outcome.reused(), outcome.failed().size());
            spec.commandLine().getOut().flush();
        }
    }

    /** One line per task on stderr. */
    private record Printer(PrintWriter err) implements SweepStudy.Listener {
        @Override
        public void onSweepStarted(String sweepId, java.nio.file.Path workspace, SweepStudy.Options options) {
            line("sweep %s in %s: %d parallel, executor %s", sweepId, workspace, options.parallel(), options.executor());
        }

        @Override
        public void onArchived(String sweepId, String keptAs) {
            line("sweep %s had other settings: kept as %s (report gains --sweep %s reads it)", sweepId, keptAs, keptAs);
        }

        @Override
        public void onSkipped(SweepTask task, String runId) {
            line("skip  %s (done: %s)", task.key(), runId);
        }

        @Override
        public void onFinished(SweepTask task, String runId, RunResult result) {
            line("done  %s -> %s HR@%d %.4f (%.1fs)%s", task.key(), runId, result.test().k(), result.test().hr(), result.seconds(),
                    result.test().collapsed() ? "  COLLAPSED: every candidate scored alike" : "");
        }

        @Override
        public void onFailed(SweepTask task, String reason) {
            line("FAIL  %s", reason);
        }

        @Override
        public void onReused(SweepTask task, String runId) {
            line("reuse %s (the same data, settings and seed: %s; --retrain trains it again)", task.key(), runId);
        }

        @Override
        public void onDamaged(SweepTask task, String runId, String reason) {
            line("retrain %s: the model of %s is damaged (%s)", task.key(), runId, reason);
        }

        @Override
        public void onWaiting(int tasks) {
            line("wait  %d %s held by another process on this sweep", tasks, tasks == 1 ? "task" : "tasks");
        }

        private void line(String format, Object... args) {
            synchronized (err) {
                err.printf(Locale.ROOT, format + "%n", args);
                err.flush();
            }
        }
    }
}
