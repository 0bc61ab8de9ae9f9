package org.rectransfer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rectransfer.eval.EvalResult;
import org.rectransfer.eval.PopularityScorer;
import org.rectransfer.eval.RankingMetrics;
import org.rectransfer.eval.SampledEvaluation;
import org.rectransfer.experiment.ModelStart;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunResult;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.study.RunRecorder;
import org.rectransfer.store.Workspace;

/**
 * Runs one training run and records it in the workspace: marked running, executed with
 * progress on stderr, then completed with its checkpoint, or marked failed with the reason.
 * Shared by {@code train} and {@code transfer}.
 *
 * @param id         the run id
 * @param result     what the run produced
 * @param popularity the item-popularity baseline on the same split and candidates
 */
record RecordedRun(String id, RunResult result, EvalResult popularity) {

    static RecordedRun execute(Workspace store, String dataArgument, PreparedDomain domain, TrainingSettings settings,
                               RunRecorder.Kind kind, ModelStart start, List<String> commandLine, PrintWriter err) {
        RunRecorder.Recorded run = RunRecorder.record(store, dataArgument, domain, settings, kind, start, commandLine,
                new ConsoleProgress(err, settings.epochs(), settings.k()), () -> false);
        EvalResult popularity = SampledEvaluation.evaluate(domain.split(), domain.candidates(),
                new PopularityScorer(domain.split().train()), settings.k());
        return new RecordedRun(run.id(), run.result(), popularity);
    }

    /** @return the JSON keys (docs/cli.md §JSON shapes) of {@code train} (and, with extras, {@code transfer}) */
    Map<String, Object> json(PreparedDomain domain, Workspace store) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", id);
        out.put("domain", domain.data().name());
        out.putAll(result.test().metrics());   // hr, ndcg, mrr, ...: every registered metric, by name
        out.put("k", result.test().k());
        out.put("users", result.test().users());
        out.put("epochs", result.epochs());
        out.put("bestEpoch", result.bestEpoch());
        out.put("collapsed", result.test().collapsed());
        out.put("samplesPerSecond", result.samplesPerSecond());
        out.put("seconds", result.seconds());
        out.put("popularity", metrics(popularity));
        if (result.fullRanking() != null) out.put("fullRanking", metrics(result.fullRanking()));
        out.put("workspace", store.dir().toString());
        return out;
    }

    void printTable(PrintWriter out) {
        int k = result.test().k();
        List<String> header = new ArrayList<>(List.of("model"));
        RankingMetrics.all().forEach(metric -> header.add(metric.label(k)));
        TextTable table = new TextTable(header.toArray(String[]::new));
        table.add(row("MLP (" + id + ")", result.test()));
        if (result.fullRanking() != null) table.add(row("MLP, full ranking", result.fullRanking()));
        table.add(row("item popularity", popularity));
        table.print(out);
        out.printf(Locale.ROOT, "%d epochs, %.1f s, %,.0f samples/s%n", result.epochs().size(), result.seconds(), result.samplesPerSecond());
        if (result.test().collapsed()) {
            out.println("collapsed: the model gives every candidate the same score (dead ReLUs), so HR@" + k
                    + " = 0 means nothing was learned; try another source seed, config or --tune-lr");
        }
        out.flush();
    }

    private static Map<String, Object> metrics(EvalResult result) {
        return new LinkedHashMap<>(result.metrics());
    }

    /** @return a table row: the model, then every registered metric in registry order */
    private static String[] row(String model, EvalResult result) {
        List<String> cells = new ArrayList<>(List.of(model));
        RankingMetrics.all().forEach(metric -> cells.add(f(result.metric(metric.name()))));
        return cells.toArray(String[]::new);
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
