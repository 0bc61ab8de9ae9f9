package org.rectransfer.cli;

import org.rectransfer.experiment.SweepStatus;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.experiment.DomainPreparation;
import org.rectransfer.experiment.RunResult;
import org.rectransfer.experiment.SweepBackend;
import org.rectransfer.experiment.SweepExecutor;
import org.rectransfer.experiment.SweepListener;
import org.rectransfer.experiment.SweepOutcome;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.experiment.SweepTask;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.TransferPlan;
import org.rectransfer.store.WorkspaceLedger;
import org.rectransfer.store.Provenance;
import org.rectransfer.store.StoreJson;
import org.rectransfer.store.Workspace;
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
        SweepBackend backend = null;
        if (!executor.equals("local")) {
            backend = SweepBackend.named(executor).orElseThrow(() -> new UsageException("--executor " + executor
                    + " is not available in this build (build with: mvn -Pspark package); use --executor local"));
        }
        if (parallel < 1 || seeds < 1) throw new UsageException("--parallel and --seeds must be >= 1");
        SweepSpec sweep = sweepSpec(training.settings());
        String specJson = StoreJson.write(describe(sweep));
        String id = name != null ? name : "sw-" + sha256(specJson).substring(0, 8);
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace store = workspace.open();
             WorkspaceLedger ledger = openLedger(store, id, specJson, err)) {
            ledger.reuseFinishedModels(!retrain);
            err.printf("sweep %s in %s: %d parallel, executor %s%n", id, store.dir(), parallel, executor);
            err.flush();
            SweepOutcome outcome = backend == null ? new SweepExecutor(sweep, ledger, new Printer(err)).run(parallel)
                    : backend.run(sweep, ledger, new Printer(err), parallel);
            ledger.setStatus(outcome.failed().isEmpty() ? SweepStatus.DONE : SweepStatus.INCOMPLETE);
            report(id, outcome);
            return outcome.failed().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    /** Opens the sweep's ledger; with --replace, a sweep of the name with another specification is kept as NAME~N first. */
    private WorkspaceLedger openLedger(Workspace store, String id, String specJson, PrintWriter err) {
        if (replace && org.rectransfer.store.SweepResults.spec(store, id).filter(stored -> !stored.equals(specJson)).isPresent()) {
            WorkspaceLedger.archive(store, id).ifPresent(kept -> {
                err.printf("sweep %s had other settings: kept as %s (report gains --sweep %s reads it)%n", id, kept, kept);
                err.flush();
            });
        }
        return WorkspaceLedger.open(store, id, specJson, Provenance.of(spec.commandLine().getParseResult().originalArgs()));
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
                    dataOptions.readOptions());
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

    /** What identifies the sweep: everything that changes its numbers, nothing that does not (like --parallel). */
    private static Map<String, Object> describe(SweepSpec sweep) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sources", sweep.sources().stream().map(s -> s.name() + "=" + s.path()).toList());
        out.put("targets", sweep.targets().stream().map(s -> s.name() + "=" + s.path()).toList());
        out.put("configs", sweep.configs());
        out.put("seeds", sweep.seeds());
        out.put("sourceSeeds", sweep.sourceSeeds());
        out.put("settings", sweep.settings().withSeed(0));
        out.put("tuneLr", sweep.tuneLr());
        out.put("filter", sweep.filter());
        out.put("read", JsonOutput.ordered("format", sweep.read().format().cliName(), "minRating", String.valueOf(sweep.read().minRating())));
        // The bytes, not only the paths: a file edited in place is another study (and a missing
        // file stops the sweep here, before any training).
        Map<String, Object> data = new LinkedHashMap<>();
        for (DomainSource domain : java.util.stream.Stream.concat(sweep.sources().stream(), sweep.targets().stream()).toList()) {
            data.put(domain.name() + "=" + domain.path(), DomainPreparation.sha256(domain.path()));
        }
        out.put("data", data);
        return out;
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

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line per task on stderr. */
    private record Printer(PrintWriter err) implements SweepListener {
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
