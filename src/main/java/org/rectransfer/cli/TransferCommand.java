package org.rectransfer.cli;

import org.rectransfer.study.SourceModels;
import org.rectransfer.experiment.RunKind;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.experiment.DomainPreparation;
import org.rectransfer.experiment.ModelStart;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.TransferPlan;
import org.rectransfer.study.RunRecorder;
import org.rectransfer.store.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rectransfer transfer --source RUN|FILE.rtp --data FILE --config config-N|--plan ...}. */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = {"Train on a target domain with FC layers transferred from a source model (a run or a .rtp package).",
                "Embeddings are always trained afresh: nothing about the source's users or items is used."})
public final class TransferCommand implements Callable<Integer> {
    @Option(names = "--source", required = true, paramLabel = "RUN|FILE.rtp", description = "Source run id (in the workspace) or transfer package file.")
    String source;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The target domain's data file (PATH or NAME=PATH).")
    String data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    PlanChoice planChoice;

    /** Exactly one of --config or --plan. */
    static final class PlanChoice {
        @Option(names = "--config", paramLabel = "NAME", description = "A preset of the paper's Table 1: config-1..config-7, or baseline.")
        String config;

        @Option(names = "--plan", paramLabel = "LAYER=MODE,..",
                description = "Per-layer modes, e.g. FC1=fresh,FC2=frozen,FC3=tuned,FC4=frozen,OUT=frozen (OUT follows the last FC unless named).")
        String plan;
    }

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

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TrainingSettings settings = training.settings();
        TransferPlan plan = plan(settings.layers().size());
        double tune = TrainingOptions.tuneLr(tuneLr, settings);
        try (Workspace store = workspace.open()) {
            NcfParameters sourceParams = SourceModels.load(source, store);
            PreparedDomain domain = DomainPreparation.prepare(DomainSource.parse(data), dataOptions.readOptions(),
                    dataOptions.filter(), settings);
            ModelStart start;
            try {
                start = ModelStart.transfer(plan, sourceParams, domain, settings, tune);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage() + "; set --embedding and --layers to the source's");
            }
            RecordedRun run = RecordedRun.execute(store, data, domain, settings,
                    new RunRecorder.Kind(RunKind.TRANSFER, source, plan.recordedName()),
                    start, spec.commandLine().getParseResult().originalArgs(), spec.commandLine().getErr());
            if (json) {
                Map<String, Object> out = run.json(domain, store);
                out.put("source", source);
                out.put("plan", plan.describe());
                out.put("config", plan.name());
                JsonOutput.print(spec.commandLine().getOut(), out);
            } else {
                spec.commandLine().getOut().println("plan: " + plan.describe());
                run.printTable(spec.commandLine().getOut());
            }
        }
        return ExitCodes.OK;
    }

    private TransferPlan plan(int depth) {
        try {
            return planChoice.config != null ? TransferPlan.preset(planChoice.config, depth) : TransferPlan.parse(planChoice.plan, depth);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
