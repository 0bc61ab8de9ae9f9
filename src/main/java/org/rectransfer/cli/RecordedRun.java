package org.rectransfer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rectransfer.eval.EvalResult;
import org.rectransfer.eval.PopularityScorer;
import org.rectransfer.eval.SampledEvaluation;
import org.rectransfer.experiment.ModelStart;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunResult;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.store.RunRecorder;
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
        out.put("hr", result.test().hr());
        out.put("ndcg", result.test().ndcg());
        out.put("mrr", result.test().mrr());
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
        TextTable table = new TextTable("model", "HR@" + k, "NDCG@" + k, "MRR");
        table.add("MLP (" + id + ")", f(result.test().hr()), f(result.test().ndcg()), f(result.test().mrr()));
        if (result.fullRanking() != null) {
            table.add("MLP, full ranking", f(result.fullRanking().hr()), f(result.fullRanking().ndcg()), f(result.fullRanking().mrr()));
        }
        table.add("item popularity", f(popularity.hr()), f(popularity.ndcg()), f(popularity.mrr()));
        table.print(out);
        out.printf(Locale.ROOT, "%d epochs, %.1f s, %,.0f samples/s%n", result.epochs().size(), result.seconds(), result.samplesPerSecond());
        if (result.test().collapsed()) {
            out.println("collapsed: the model gives every candidate the same score (dead ReLUs), so HR@" + k
                    + " = 0 means nothing was learned; try another source seed, config or --tune-lr");
        }
        out.flush();
    }

    private static Map<String, Object> metrics(EvalResult result) {
        return JsonOutput.ordered("hr", result.hr(), "ndcg", result.ndcg(), "mrr", result.mrr());
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
