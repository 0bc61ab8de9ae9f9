package org.rectransfer.cli;

import org.rectransfer.study.SourceModels;
import org.rectransfer.study.StoredRunSettings;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.analysis.ImportanceFormula;
import org.rectransfer.analysis.ImportanceResult;
import org.rectransfer.analysis.LayerImportance;
import org.rectransfer.analysis.NeuronImportance;
import org.rectransfer.experiment.ErasureSampling;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.model.Checkpoints;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rectransfer analyze importance --run ID}: per-neuron importance by representation erasure (Fig. 2). */
@Command(name = "importance", mixinStandardHelpOptions = true,
        description = {"Importance of every FC neuron of a run's model by representation erasure (Li et al. 2016):",
                "the relative drop of the log-likelihood of the correct label when the neuron's output is zeroed,",
                "by default summed over the evaluation samples before dividing (docs/analysis.md says why)."})
public final class AnalyzeImportanceCommand implements Callable<Integer> {
    @Option(names = "--run", required = true, paramLabel = "ID", description = "A finished run.")
    String runId;

    @Option(names = "--negatives", paramLabel = "N", description = "Sampled negatives per user among the samples (default: ${DEFAULT-VALUE}).")
    int negatives = 4;

    @Option(names = "--formula", paramLabel = "total|per-sample",
            description = "total (default): relative drop of the summed log-likelihood; per-sample: the mean of per-sample "
                    + "relative drops, which explodes on confidently right samples.")
    String formula = "total";

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Mixin
    WorkspaceOption workspace;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (negatives < 0) throw new UsageException("--negatives must be >= 0");
        try (Workspace store = workspace.openForReading()) {
            ImportanceResult result = compute(store, runId, negatives, parseFormula());
            if (result.formula() == ImportanceFormula.MEAN_RELATIVE_DROP && result.tinyDenominators() > 0) {
                spec.commandLine().getErr().println("warning: " + result.tinyDenominators() + " of " + result.samplesUsed()
                        + " samples have a log-likelihood within " + NeuronImportance.TINY_LOG_LIKELIHOOD
                        + " of 0; their per-sample ratios dominate the mean (use --formula total)");
            }
            if (json) {
                Map<String, Object> layers = new LinkedHashMap<>();
                for (LayerImportance layer : result.layers()) layers.put(layer.layer().id(), layer.importance());
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("run", runId);
                out.put("layers", layers);
                out.put("samples", result.samples());
                out.put("samplesUsed", result.samplesUsed());
                out.put("formula", result.formula().name());
                out.put("tinyDenominators", result.tinyDenominators());
                JsonOutput.print(spec.commandLine().getOut(), out);
            } else {
                TextTable table = new TextTable("layer", "neurons", "mean importance", "max", "min");
                for (LayerImportance layer : result.layers()) {
                    double[] v = layer.importance();
                    table.add(layer.layer().id(), String.valueOf(v.length), f(layer.mean()),
                            f(java.util.Arrays.stream(v).max().orElse(Double.NaN)), f(java.util.Arrays.stream(v).min().orElse(Double.NaN)));
                }
                table.print(spec.commandLine().getOut());
            }
        }
        return ExitCodes.OK;
    }

    /** @return the importance of every FC neuron of a stored run, on its own evaluation samples, by the default formula */
    static ImportanceResult compute(Workspace store, String runId, int negatives) {
        return compute(store, runId, negatives, ImportanceFormula.TOTAL_RELATIVE_DROP);
    }

    static ImportanceResult compute(Workspace store, String runId, int negatives, ImportanceFormula formula) {
        StoredRun run = SourceModels.finishedRun(runId, store);
        PreparedDomain domain = StoredRunSettings.domain(run);
        return NeuronImportance.compute(Checkpoints.load(store.resolve(run.modelFile())), ErasureSampling.of(domain, negatives), formula);
    }

    private ImportanceFormula parseFormula() {
        return switch (formula.toLowerCase(Locale.ROOT)) {
            case "total" -> ImportanceFormula.TOTAL_RELATIVE_DROP;
            case "per-sample" -> ImportanceFormula.MEAN_RELATIVE_DROP;
            default -> throw new UsageException("--formula must be total or per-sample, not '" + formula + "'");
        };
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
