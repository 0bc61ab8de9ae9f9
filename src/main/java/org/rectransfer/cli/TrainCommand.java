package org.rectransfer.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.eval.EvalResult;
import org.rectransfer.eval.PopularityScorer;
import org.rectransfer.eval.SampledEvaluation;
import org.rectransfer.experiment.DomainPreparation;
import org.rectransfer.experiment.ModelStart;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunExecutor;
import org.rectransfer.experiment.RunResult;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.store.NewRun;
import org.rectransfer.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rectransfer train --data FILE}: trains the baseline model of one domain and stores the run. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the NCF-MLP baseline on one domain, evaluate it (HR@k, NDCG@k, MRR) and store the run.",
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
    public Integer call() throws Exception {
        TrainingSettings settings = training.settings();
        DomainSource source = DomainSource.parse(data);
        PreparedDomain domain = DomainPreparation.prepare(source, dataOptions.readOptions(), dataOptions.filter(), settings);
        try (Workspace store = workspace.open()) {
            String settingsJson = Json.write(settings);
            Map<String, Object> provenance = Provenance.of(spec.commandLine().getParseResult().originalArgs());
            String id = store.begin(new NewRun("baseline", domain.data().name(), data, domain.dataHash(), null, null,
                    settings.seed(), settingsJson, Json.write(provenance)));
            RunResult result;
            try {
                NetworkSpec network = new NetworkSpec(domain.data().users(), domain.data().items(), settings.embedding(), settings.layers());
                result = RunExecutor.execute(domain, settings, ModelStart.fresh(network, settings.seed(), settings.lr()),
                        new ConsoleProgress(spec.commandLine().getErr(), settings.epochs(), settings.k()), () -> false);
                Map<String, Object> sidecar = new LinkedHashMap<>(provenance);
                sidecar.put("run", id);
                sidecar.put("dataHash", domain.dataHash());
                sidecar.put("seed", settings.seed());
                sidecar.put("plan", "baseline");
                store.complete(id, domain.data(), result, sidecar);
            } catch (RuntimeException e) {
                store.fail(id, Cli.oneLine(String.valueOf(e.getMessage())));
                throw e;
            }
            EvalResult popularity = SampledEvaluation.evaluate(domain.split(), domain.candidates(),
                    new PopularityScorer(domain.split().train()), settings.k());
            report(id, domain, result, popularity, store);
        }
        return ExitCodes.OK;
    }

    private void report(String id, PreparedDomain domain, RunResult result, EvalResult popularity, Workspace store) {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("run", id);
            out.put("domain", domain.data().name());
            out.put("hr", result.test().hr());
            out.put("ndcg", result.test().ndcg());
            out.put("mrr", result.test().mrr());
            out.put("k", result.test().k());
            out.put("users", result.test().users());
            out.put("epochs", result.epochs());
            out.put("bestEpoch", result.bestEpoch());
            out.put("samplesPerSecond", result.samplesPerSecond());
            out.put("seconds", result.seconds());
            out.put("popularity", Map.of("hr", popularity.hr(), "ndcg", popularity.ndcg(), "mrr", popularity.mrr()));
            if (result.fullRanking() != null) {
                out.put("fullRanking", Map.of("hr", result.fullRanking().hr(), "ndcg", result.fullRanking().ndcg(),
                        "mrr", result.fullRanking().mrr()));
            }
            out.put("workspace", store.dir().toString());
            JsonOutput.print(spec.commandLine().getOut(), out);
        } else {
            printTable(spec.commandLine().getOut(), id, result, popularity);
        }
    }

    private static void printTable(java.io.PrintWriter out, String id, RunResult result, EvalResult popularity) {
        int k = result.test().k();
        TextTable table = new TextTable("model", "HR@" + k, "NDCG@" + k, "MRR");
        table.add("MLP (" + id + ")", f(result.test().hr()), f(result.test().ndcg()), f(result.test().mrr()));
        if (result.fullRanking() != null) {
            table.add("MLP, full ranking", f(result.fullRanking().hr()), f(result.fullRanking().ndcg()), f(result.fullRanking().mrr()));
        }
        table.add("item popularity", f(popularity.hr()), f(popularity.ndcg()), f(popularity.mrr()));
        table.print(out);
        out.printf(Locale.ROOT, "%d epochs, %.1f s, %,.0f samples/s%n", result.epochs().size(), result.seconds(), result.samplesPerSecond());
        out.flush();
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
