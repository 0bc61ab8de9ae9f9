package org.rectransfer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.StoredSweep;
import org.rectransfer.study.TargetBaseline;
import org.rectransfer.study.TargetBaselines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rectransfer report targets --sweep ID}: the paper's Table 2 for a sweep's targets, with item popularity beside the MLP. */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = {"Each target of a sweep after its filter (users, items, interactions, sparsity), its baseline HR@k",
                "over seeds and item popularity's HR@k on the same held-out items and candidates (Table 2)."})
public final class ReportTargetsCommand implements Callable<Integer> {
    @Option(names = "--sweep", required = true, paramLabel = "ID", description = "The sweep.")
    String sweep;

    @Option(names = "--format", paramLabel = "md|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format = "md";

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;

    @Mixin
    WorkspaceOption workspace;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String chosen = json ? "json" : format;
        if (!List.of("md", "json").contains(chosen)) throw new UsageException("--format must be md or json, not '" + format + "'");
        try (Workspace store = workspace.openForReading()) {
            List<TargetBaseline> rows = TargetBaselines.of(store, StoredSweep.open(store, sweep));
            PrintWriter out = spec.commandLine().getOut();
            if (chosen.equals("json")) {
                List<Map<String, Object>> targets = new ArrayList<>();
                for (TargetBaseline row : rows) {
                    targets.add(JsonOutput.ordered("target", row.target(), "users", row.users(), "items", row.items(),
                            "interactions", row.interactions(), "sparsityPercent", row.sparsityPercent(), "seeds", row.seeds(),
                            "baselineHr", row.baselineHr(), "baselineSd", row.baselineSd(), "popularityHr", row.popularityHr(),
                            "popularitySd", row.popularitySd()));
                }
                JsonOutput.print(out, JsonOutput.ordered("sweep", sweep, "targets", targets));
            } else {
                out.print(markdown(rows));
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    static String markdown(List<TargetBaseline> rows) {
        StringBuilder md = new StringBuilder("| target | users | items | interactions | sparsity (%) | baseline HR@10 (seeds) "
                + "| item popularity HR@10 | baseline - popularity |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (TargetBaseline row : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | %.2f | %.3f ± %s (%d) | %.3f | %+.3f |%n", row.target(),
                    row.users(), row.items(), row.interactions(), row.sparsityPercent(), row.baselineHr(),
                    Double.isNaN(row.baselineSd()) ? "n/a" : String.format(Locale.ROOT, "%.3f", row.baselineSd()), row.seeds(),
                    row.popularityHr(), row.baselineHr() - row.popularityHr()));
        }
        return md.toString();
    }
}
