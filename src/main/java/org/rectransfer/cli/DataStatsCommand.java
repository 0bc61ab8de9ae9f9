package org.rectransfer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.DomainStats;
import org.rectransfer.data.Filters;
import org.rectransfer.data.io.DomainLoader;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.LoadedDomain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rectransfer data stats FILE...}: the columns of the paper's Table 2 for each file. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print users, items, interactions and sparsity (Table 2) of each file after filtering.")
public final class DataStatsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Data files, as PATH or NAME=PATH.")
    List<String> files;

    @Mixin
    DataOptions data;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Map<String, Object>> domains = new ArrayList<>();
        TextTable table = new TextTable("domain", "users", "items", "interactions", "sparsity(%)", "raw users", "raw interactions");
        for (String file : files) {
            LoadedDomain loaded = DomainLoader.load(DomainSource.parse(file), data.readOptions());
            Progress.warnAboutRead(spec.commandLine().getErr(), loaded.report(), file);
            Dataset raw = loaded.dataset();
            DomainStats stats = DomainStats.of(Filters.apply(raw, data.filter()));
            domains.add(entry(file, stats, raw, loaded));
            table.add(stats.name(), count(stats.users()), count(stats.items()), count(stats.interactions()),
                    String.format(Locale.ROOT, "%.2f", 100 * stats.sparsity()), count(raw.users()), count(raw.interactions()));
        }
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), JsonOutput.ordered("domains", domains));
        } else {
            table.print(spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> entry(String file, DomainStats stats, Dataset raw, LoadedDomain loaded) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", stats.name());
        entry.put("users", stats.users());
        entry.put("items", stats.items());
        entry.put("interactions", stats.interactions());
        entry.put("sparsity", stats.sparsity());
        entry.put("file", DomainSource.parse(file).path().toString());
        entry.put("format", loaded.report().format().cliName());
        entry.put("filter", JsonOutput.ordered("minUser", data.filter().minUser(), "minItem", data.filter().minItem(),
                "kcore", data.filter().kcore()));
        entry.put("raw", JsonOutput.ordered("users", raw.users(), "items", raw.items(), "interactions", raw.interactions()));
        entry.put("badLines", loaded.report().badLines());
        entry.put("duplicates", loaded.report().duplicates());
        return entry;
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
