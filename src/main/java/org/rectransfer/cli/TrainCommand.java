package org.rectransfer.cli;

import java.util.concurrent.Callable;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.experiment.DomainPreparation;
import org.rectransfer.experiment.ModelStart;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.study.RunRecorder;
import org.rectransfer.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rectransfer train --data FILE}: trains the baseline model of one domain and stores the run. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the NCF-MLP baseline on one domain, evaluate it with every ranking metric (HR@k, NDCG@k, MRR, ...) and store the run.",
                "Per-epoch progress goes to stderr; the result to stdout."})
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The domain's data file (PATH or NAME=PATH).")
    String data;

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
        PreparedDomain domain = DomainPreparation.prepare(DomainSource.parse(data), dataOptions.readOptions(),
                dataOptions.filter(), settings);
        NetworkSpec network = new NetworkSpec(domain.data().users(), domain.data().items(), settings.embedding(), settings.layers());
        try (Workspace store = workspace.open()) {
            RecordedRun run = RecordedRun.execute(store, data, domain, settings, RunRecorder.Kind.BASELINE,
                    ModelStart.fresh(network, settings.seed(), settings.lr()),
                    spec.commandLine().getParseResult().originalArgs(), spec.commandLine().getErr());
            if (json) JsonOutput.print(spec.commandLine().getOut(), run.json(domain, store));
            else run.printTable(spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
