package org.rectransfer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.TransferPlan;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.ModelRole;
import org.rectransfer.study.SeedSummary;
import org.rectransfer.study.SeedTransfer;
import org.rectransfer.study.StudyCache;
import org.rectransfer.study.TransferOutcome;
import org.rectransfer.study.DomainReading;
import org.rectransfer.study.TransferRequest;
import org.rectransfer.study.TransferStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rectransfer lab}: the workbench's transfer lab without a window, the same use case and the same records. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = {"The transfer lab without a window: for every seed a source model, the target's baseline and the",
                "transfer (sources and baselines the workspace already holds are reused), then the gain as mean +- sd",
                "over the seeds with the paired t-test. Converged training by default, as the workbench; every training option",
                "of train applies."})
public final class LabCommand implements Callable<Integer> {
    @Option(names = "--source", required = true, paramLabel = "FILE", description = "The source domain's data file.")
    Path source;

    @Option(names = "--target", required = true, paramLabel = "FILE", description = "The target domain's data file.")
    Path target;

    @Option(names = "--config", paramLabel = "NAME", description = "A preset of the paper's Table 1 (default: ${DEFAULT-VALUE}).")
    String config = "config-6";

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds 1..N (default: ${DEFAULT-VALUE}).")
    int seeds = 3;

    @Option(names = "--tune-lr", paramLabel = "X", description = "Learning rate of tuned layers (default: --lr).")
    Double tuneLr;

    @Mixin
    TrainingOptions training;

    @Mixin
    DataOptions data;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Print one JSON object with the result.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path file : List.of(source, target)) {
            if (!Files.isRegularFile(file)) throw new UsageException(file + ": no such file");
        }
        if (source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            throw new UsageException("--target must be another domain than --source");
        }
        TransferRequest request;
        try {
            TrainingSettings settings = training.settings();
            request = new TransferRequest(source, target, settings, TrainingOptions.tuneLr(tuneLr, settings), seeds,
                    TransferPlan.preset(config, settings.layers().size()));
            DomainReading reading = new DomainReading(data.readOptions(), data.filter());
            request = request.reading(reading, reading);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        var err = spec.commandLine().getErr();
        try (Workspace store = workspace.open()) {
            TransferOutcome outcome = TransferStudy.run(request, store, new StudyCache(), new TransferStudy.Listener() {
                @Override
                public void onEpoch(ModelRole role, long seed, EpochMetrics metrics) {
                    synchronized (err) {
                        err.printf(Locale.ROOT, "seed %d %-8s epoch %3d  loss %.4f  validation HR %.4f%n", seed, role.label(),
                                metrics.epoch(), metrics.loss(), metrics.validationHr());
                        err.flush();
                    }
                }

                @Override
                public void onProgress(double fraction) { }

                @Override
                public void onStatus(String status) { }
            }, () -> false);
            SeedSummary summary = outcome.summary();
            if (json) {
                JsonOutput.print(spec.commandLine().getOut(), json(request, summary, outcome, store));
            } else {
                var out = spec.commandLine().getOut();
                out.println("Transfer " + request.plan().name() + ": " + summary.gainText());
                out.println(summary.verdict());
                out.println(summary.details());
                if (summary.anyCollapsed()) out.println(summary.collapseWarning());
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> json(TransferRequest request, SeedSummary summary, TransferOutcome outcome, Workspace store) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", request.source().toString());
        out.put("target", request.target().toString());
        out.put("config", request.plan().name());
        out.put("plan", request.plan().describe());
        out.put("seeds", outcome.seeds().stream().map(LabCommand::seedJson).toList());
        out.put("gainPercent", JsonOutput.ordered("mean", summary.meanGain(), "sd", summary.sdGain()));
        out.put("baselineHr", JsonOutput.ordered("mean", summary.meanBaselineHr(), "sd", summary.sdBaselineHr()));
        out.put("transferHr", JsonOutput.ordered("mean", summary.meanTransferHr(), "sd", summary.sdTransferHr()));
        out.put("test", JsonOutput.ordered("method", summary.test().method(), "p", summary.test().p(), "n", summary.test().n()));
        out.put("direction", summary.direction());
        out.put("verdict", summary.verdict());
        out.put("workspace", store.dir().toString());
        return out;
    }

    private static Map<String, Object> seedJson(SeedTransfer seed) {
        return JsonOutput.ordered("seed", seed.seed(), "sourceRun", seed.sourceRun(), "baselineRun", seed.baselineRun(),
                "transferRun", seed.transferRun(), "baselineHr", seed.baselineHr(), "transferHr", seed.transferHr(),
                "gainPercent", seed.gainPercent(), "collapsed", seed.collapsed());
    }
}
