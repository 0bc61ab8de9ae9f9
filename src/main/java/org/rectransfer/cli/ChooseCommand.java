package org.rectransfer.cli;

import org.rectransfer.study.ChooseStudy;
import org.rectransfer.study.SourceModels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.experiment.DomainPreparation;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.SuccessiveHalving;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rectransfer choose}: picks the transfer configuration for a target by successive halving. */
@Command(name = "choose", mixinStandardHelpOptions = true,
        description = {"Choose the transfer configuration for a target automatically, by successive halving.",
                "The paper's future work: baseline and config-1..config-7 are cut by --eta each round on a validation",
                "hold-out, then the chosen one is trained for --epochs and evaluated on the test items (recorded as a run).",
                "--compare also trains every candidate for --epochs, to set the choice and its cost against trying all."})
public final class ChooseCommand implements Callable<Integer> {
    @Option(names = "--source", required = true, paramLabel = "RUN|FILE.rtp", description = "Source run id (in the workspace) or transfer package file.")
    String source;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The target domain's data file (PATH or NAME=PATH).")
    String data;

    @Option(names = "--configs", split = ",", paramLabel = "all|NAME,..",
            description = "Candidates (default: all = baseline and config-1..config-7).")
    List<String> configs = List.of("all");

    @Option(names = "--min-epochs", paramLabel = "N", description = "Epochs of the first round (default: ${DEFAULT-VALUE}).")
    int minEpochs = 2;

    @Option(names = "--eta", paramLabel = "N", description = "Keep the best 1/N each round, with N times the epochs (default: ${DEFAULT-VALUE}).")
    int eta = 3;

    @Option(names = "--compare", description = "Also train every candidate for --epochs (the exhaustive search) and compare.")
    boolean compare;

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
        List<String> candidates = ChooseStudy.candidates(configs);
        if (minEpochs < 1 || minEpochs > settings.epochs()) throw new UsageException("--min-epochs must be between 1 and --epochs");
        if (eta < 2) throw new UsageException("--eta must be at least 2");
        double tune = TrainingOptions.tuneLr(tuneLr, settings);
        try (Workspace store = workspace.open()) {
            NcfParameters sourceParams = SourceModels.load(source, store);
            PreparedDomain domain = DomainPreparation.prepare(DomainSource.parse(data), dataOptions.readOptions(),
                    dataOptions.filter(), settings);
            var err = spec.commandLine().getErr();
            ChooseStudy.Choice choice = ChooseStudy.choose(new ChooseStudy.Request(source, sourceParams, domain, settings, tune,
                    candidates, minEpochs, eta, compare), (config, epochs, hr) -> {
                        err.printf(Locale.ROOT, "%-9s %3d epochs  validation HR@%d %.4f%n", config, epochs, settings.k(), hr);
                        err.flush();
                    });
            RecordedRun run = RecordedRun.execute(store, data, domain, settings, choice.kind(), choice.start(),
                    spec.commandLine().getParseResult().originalArgs(), err);
            if (json) {
                Map<String, Object> out = run.json(domain, store);
                out.put("source", source);
                out.put("chosen", choice.chosen());
                out.put("rounds", choice.search().rungs().stream().map(ChooseCommand::rungJson).toList());
                out.put("epochsSpent", choice.search().epochsSpent());
                out.put("exhaustiveEpochs", choice.exhaustiveEpochs());
                if (compare) {
                    out.put("exhaustive", choice.exhaustive());
                    out.put("exhaustiveBest", choice.exhaustiveBest());
                }
                JsonOutput.print(spec.commandLine().getOut(), out);
            } else {
                var out = spec.commandLine().getOut();
                out.printf(Locale.ROOT, "chosen: %s after %d rounds, %d epochs trained (trying every candidate for %d epochs: %d)%n",
                        choice.chosen(), choice.search().rungs().size(), choice.search().epochsSpent(), settings.epochs(),
                        choice.exhaustiveEpochs());
                if (compare) {
                    out.printf(Locale.ROOT, "exhaustive: best by validation HR is %s (%s)%n", choice.exhaustiveBest(),
                            describe(choice.exhaustive()));
                }
                run.printTable(out);
            }
        }
        return ExitCodes.OK;
    }

    private static String describe(Map<String, Double> hrs) {
        List<String> parts = new ArrayList<>();
        hrs.forEach((config, hr) -> parts.add(String.format(Locale.ROOT, "%s %.4f", config, hr)));
        return String.join(", ", parts);
    }

    private static Map<String, Object> rungJson(SuccessiveHalving.Rung rung) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("epochs", rung.epochs());
        Map<String, Double> hrs = new LinkedHashMap<>();
        for (int k = 0; k < rung.configs().size(); k++) hrs.put(rung.configs().get(k), rung.validationHr().get(k));
        out.put("validationHr", hrs);
        out.put("kept", rung.kept());
        return out;
    }
}
