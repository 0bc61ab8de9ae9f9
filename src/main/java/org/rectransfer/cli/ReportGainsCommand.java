package org.rectransfer.cli;

import org.rectransfer.study.StoredSweep;
import java.util.concurrent.Callable;
import org.rectransfer.experiment.GainTable;
import org.rectransfer.report.GainTableText;
import org.rectransfer.experiment.SweepStatus;
import org.rectransfer.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rectransfer report gains --sweep ID}: the paper's Tables 3-5 for a sweep. */
@Command(name = "gains", mixinStandardHelpOptions = true,
        description = "Gain (%%) of each transfer configuration over the baseline, per source and target (Tables 3-5).")
public final class ReportGainsCommand implements Callable<Integer> {
    @Option(names = "--sweep", required = true, paramLabel = "ID", description = "The sweep.")
    String sweep;

    @Option(names = "--format", paramLabel = "md|csv|latex|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format = "md";

    @Option(names = "--exclude-collapsed", description = {"Leave collapsed runs (a model scoring every candidate alike) out:",
            "each cell then compares only the seeds whose baseline and transfer both learned something."})
    boolean excludeCollapsed;

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;

    @Mixin
    WorkspaceOption workspace;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String chosen = json ? "json" : format;
        if (!java.util.List.of("md", "csv", "latex", "json").contains(chosen)) {
            throw new UsageException("--format must be md, csv, latex or json, not '" + format + "'");
        }
        try (Workspace store = workspace.openForReading()) {
            StoredSweep stored = StoredSweep.open(store, sweep);
            GainTable table = stored.gains(excludeCollapsed);
            warnIfUnfinished(stored.status(), table);
            var out = spec.commandLine().getOut();
            switch (chosen) {
                case "json" -> JsonOutput.print(out, JsonOutput.ordered("sweep", sweep, "sources", GainTableText.json(table),
                        "cells", GainTableText.cells(table)));
                case "csv" -> out.print(GainTableText.csv(table));
                case "latex" -> out.print(GainTableText.latex(table));
                default -> {
                    out.print(GainTableText.markdown(table));
                    if (excludeCollapsed && GainTableText.collapsedRuns(table) > 0) {
                        out.println("Collapsed runs are left out of the gains (--exclude-collapsed); n/a: every run of the cell collapsed.");
                    }
                }
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * A sweep still running (or left incomplete) has cells over fewer seeds than others, and
     * baselines over more seeds than some of their cells compare with: say so, on stderr.
     */
    private void warnIfUnfinished(SweepStatus status, GainTable table) {
        int most = table.sources().values().stream().flatMap(java.util.List::stream)
                .mapToInt(row -> row.baselineSeeds()).max().orElse(0);
        long fewer = table.sources().values().stream().flatMap(java.util.List::stream)
                .flatMap(row -> row.cells().stream()).filter(cell -> cell.seeds() < most).count();
        if (status != SweepStatus.DONE || fewer > 0) {
            spec.commandLine().getErr().printf(java.util.Locale.ROOT,
                    "warning: sweep %s is %s; %d cells compare fewer seeds than the %d of the fullest baseline%n",
                    sweep, status, fewer, most);
            spec.commandLine().getErr().flush();
        }
    }
}
