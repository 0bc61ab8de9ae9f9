package org.rectransfer.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.analysis.Correlation;
import org.rectransfer.experiment.RelatednessFit;
import org.rectransfer.experiment.RelatednessStudy;
import org.rectransfer.experiment.TargetFactorsRow;
import org.rectransfer.store.SweepDomains;
import org.rectransfer.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rectransfer analyze relatedness --sweep ID}: KLD against gain (Fig. 3) and Table 6. */
@Command(name = "relatedness", mixinStandardHelpOptions = true,
        description = {"KL divergence between source and target per-user activity histograms against each config's gain:",
                "Pearson r and p, Spearman rho, least-squares line (Fig. 3); gains against target size and sparsity (Table 6)."})
public final class AnalyzeRelatednessCommand implements Callable<Integer> {
    @Option(names = "--sweep", required = true, paramLabel = "ID", description = "The sweep.")
    String sweep;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Mixin
    WorkspaceOption workspace;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace store = workspace.open()) {
            RelatednessStudy study = SweepDomains.relatednessStudy(store, sweep, false);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("sweep", sweep);
                out.put("points", study.points());
                out.put("correlations", study.fits().stream().map(AnalyzeRelatednessCommand::fitJson).toList());
                out.put("table6", study.factors().stream().map(AnalyzeRelatednessCommand::factorsJson).toList());
                JsonOutput.print(spec.commandLine().getOut(), out);
            } else {
                printTable(study);
            }
        }
        return ExitCodes.OK;
    }

    private void printTable(RelatednessStudy study) {
        TextTable table = new TextTable("source", "config", "n", "Pearson r", "p", "Spearman rho", "slope", "r(size)", "r(sparsity)");
        for (int k = 0; k < study.fits().size(); k++) {
            RelatednessFit fit = study.fits().get(k);
            TargetFactorsRow factors = study.factors().get(k);
            table.add(fit.source(), fit.config(), String.valueOf(fit.pearson().n()), f(fit.pearson().coefficient()),
                    f(fit.pearson().p()), f(fit.spearman().coefficient()), f(fit.line().slope()),
                    f(factors.factors().withSize().coefficient()), f(factors.factors().withSparsity().coefficient()));
        }
        table.print(spec.commandLine().getOut());
    }

    private static Map<String, Object> fitJson(RelatednessFit fit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", fit.source());
        out.put("config", fit.config());
        out.put("n", fit.pearson().n());
        out.put("r", fit.pearson().coefficient());
        out.put("p", fit.pearson().p());
        out.put("spearman", fit.spearman().coefficient());
        out.put("spearmanP", fit.spearman().p());
        out.put("slope", fit.line().slope());
        out.put("intercept", fit.line().intercept());
        out.put("rSquared", fit.line().rSquared());
        if (!fit.pearson().isDefined()) out.put("undefined", fit.pearson().undefinedReason());
        return out;
    }

    private static Map<String, Object> factorsJson(TargetFactorsRow row) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", row.source());
        out.put("config", row.config());
        out.put("size", correlation(row.factors().withSize()));
        out.put("sparsity", correlation(row.factors().withSparsity()));
        return out;
    }

    private static Map<String, Object> correlation(Correlation c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("r", c.coefficient());
        out.put("p", c.p());
        out.put("n", c.n());
        return out;
    }

    private static String f(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

}
