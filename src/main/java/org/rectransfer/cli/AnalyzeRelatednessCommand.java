package org.rectransfer.cli;

import org.rectransfer.study.StoredSweep;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.analysis.Correlation;
import org.rectransfer.experiment.RelatednessFit;
import org.rectransfer.experiment.RelatednessPoint;
import org.rectransfer.experiment.RelatednessStudy;
import org.rectransfer.experiment.TargetFactorsRow;
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
        try (Workspace store = workspace.openForReading()) {
            RelatednessStudy study = StoredSweep.open(store, sweep).relatedness(false);
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

    /**
     * The KLD of each source and target, then per source and configuration the correlations; a
     * number that cannot be computed reads n/a and the last column says why.
     */
    private void printTable(RelatednessStudy study) {
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.println("KLD(H_u(source) || H_u(target)), nats:");
        TextTable klds = new TextTable("source", "target", "KLD");
        java.util.Set<java.util.List<String>> seen = new java.util.HashSet<>();
        for (RelatednessPoint point : study.points()) {
            if (seen.add(java.util.List.of(point.source(), point.target()))) {
                klds.add(point.source(), point.target(), f(point.kld()));
            }
        }
        klds.print(out);
        out.println();
        out.println("Gain (%) against KLD (Fig. 3) and against the target's size and sparsity (Table 6):");
        TextTable table = new TextTable("source", "config", "n", "Pearson r", "p", "Spearman rho", "slope", "r(size)",
                "r(sparsity)", "not computed");
        for (int k = 0; k < study.fits().size(); k++) {
            RelatednessFit fit = study.fits().get(k);
            TargetFactorsRow factors = study.factors().get(k);
            Map<String, java.util.List<String>> why = new LinkedHashMap<>();
            table.add(fit.source(), fit.config(), String.valueOf(fit.pearson().n()),
                    value(fit.pearson().coefficient(), "r", fit.pearson().undefinedReason(), "KLD", "gain", why),
                    value(fit.pearson().p(), "p", fit.pearson().undefinedReason(), "KLD", "gain", why),
                    value(fit.spearman().coefficient(), "rho", fit.spearman().undefinedReason(), "KLD", "gain", why),
                    value(fit.line().slope(), "slope", fit.line().undefinedReason(), "KLD", "gain", why),
                    value(factors.factors().withSize().coefficient(), "r(size)",
                            factors.factors().withSize().undefinedReason(), "gain", "size", why),
                    value(factors.factors().withSparsity().coefficient(), "r(sparsity)",
                            factors.factors().withSparsity().undefinedReason(), "gain", "sparsity", why),
                    String.join("; ", why.entrySet().stream()
                            .map(e -> String.join(", ", e.getValue()) + ": " + e.getKey()).toList()));
        }
        table.print(out);
    }

    /**
     * @param why collects, per reason in the words of the study, the names of the numbers it leaves out
     * @return the value, or n/a with its name added to {@code why}
     */
    private static String value(double value, String name, String reason, String x, String y,
                                Map<String, java.util.List<String>> why) {
        if (!Double.isNaN(value)) return f(value);
        String said = reason.isEmpty() ? "undefined" : inWordsOfTargets(reason, x, y);
        why.computeIfAbsent(said, r -> new java.util.ArrayList<>()).add(name);
        return "n/a";
    }

    /** The statistics' reasons (pairs, x, y) in the words of this study: targets, KLD, gain, size, sparsity. */
    static String inWordsOfTargets(String reason, String x, String y) {
        java.util.regex.Matcher few = java.util.regex.Pattern.compile("needs at least (\\d+) pairs, got (\\d+)").matcher(reason);
        if (few.matches()) return "needs at least " + few.group(1) + " targets, has " + few.group(2);
        if (reason.equals("x has zero variance")) return x + " is the same for every target";
        if (reason.equals("y has zero variance")) return y + " is the same for every target";
        if (reason.startsWith("x[")) return "a " + x + " is not finite (" + reason + ")";
        if (reason.startsWith("y[")) return "a " + y + " is not finite (" + reason + ")";
        return reason;
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
