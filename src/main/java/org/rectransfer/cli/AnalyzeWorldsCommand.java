package org.rectransfer.cli;

import org.rectransfer.study.StoredSweep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.synth.SampleDomains;
import org.rectransfer.experiment.SweepRunRecord;
import org.rectransfer.experiment.WorldComparison;
import org.rectransfer.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rectransfer analyze worlds --sweep ID}: same-world against other-world gains on synthetic domains. */
@Command(name = "worlds", mixinStandardHelpOptions = true,
        description = {"On synthetic domains, whose hidden world the generator knows: mean gain of same-world transfers",
                "against other-world transfers per config, their difference (the world effect) and a paired t over seeds.",
                "Collapsed runs are left out. Use with the world control (data synth --world-control) or the sample study."})
public final class AnalyzeWorldsCommand implements Callable<Integer> {
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
            StoredSweep stored = StoredSweep.open(store, sweep);
            Function<String, Optional<String>> worldOf = worldsByName(stored.domainSources());
            List<SweepRunRecord> runs = stored.runs();
            List<WorldComparison.Row> rows = WorldComparison.of(runs, worldOf);
            if (rows.isEmpty()) {
                throw new UsageException("sweep '" + sweep + "' has no seed with both a same-world and an other-world transfer"
                        + " between synthetic domains (worlds found: " + WorldComparison.worlds(runs, worldOf) + ")");
            }
            if (json) {
                JsonOutput.print(spec.commandLine().getOut(), JsonOutput.ordered("sweep", sweep, "rows", rows.stream().map(AnalyzeWorldsCommand::rowJson).toList()));
            } else {
                TextTable table = new TextTable("config", "same-world gain %", "other-world gain %", "world effect (points)", "seeds", "p");
                for (WorldComparison.Row row : rows) {
                    table.add(row.config(), f(row.sameGain()), f(row.otherGain()), f(row.effect()), String.valueOf(row.seeds()),
                            row.test().isDefined() ? String.format(Locale.ROOT, "%.3f", row.test().p()) : "n/a");
                }
                table.print(spec.commandLine().getOut());
            }
        }
        return ExitCodes.OK;
    }

    /** A domain has a world only if its file is one the generator writes: a real "Book" has none. */
    private static Function<String, Optional<String>> worldsByName(List<DomainSource> sources) {
        Map<String, String> worlds = new LinkedHashMap<>();
        for (DomainSource source : sources) {
            SampleDomains.worldOfFile(source.path().getFileName().toString())
                    .ifPresent(world -> worlds.put(source.name(), world.name()));
        }
        return name -> Optional.ofNullable(worlds.get(name));
    }

    private static Map<String, Object> rowJson(WorldComparison.Row row) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("config", row.config());
        out.put("sameWorldGain", row.sameGain());
        out.put("otherWorldGain", row.otherGain());
        out.put("worldEffect", row.effect());
        out.put("seeds", row.seeds());
        out.put("t", row.test().isDefined() ? row.test().statistic() : null);
        out.put("p", row.test().isDefined() ? row.test().p() : null);
        if (!row.test().isDefined()) out.put("undefined", row.test().undefinedReason());
        return out;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }
}
