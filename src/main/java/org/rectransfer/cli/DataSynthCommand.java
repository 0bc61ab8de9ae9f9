package org.rectransfer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.io.DomainLoader;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.data.synth.DomainRecipe;
import org.rectransfer.data.synth.SampleDomains;
import org.rectransfer.data.synth.SyntheticGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rectransfer data synth --out DIR}: regenerates the synthetic sample domains. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write the 18 synthetic sample domains (3 sources, 15 targets) and their README.",
                "With the default seed the files are byte-identical to the committed sample-data/.",
                "--world-control writes instead four domains from one recipe that differ only in their hidden world",
                "(AlphaSource, BetaSource, AlphaTarget, BetaTarget): transferring each source to each target measures",
                "what a tower carries that is specific to its world (docs/synthetic-data.md)."})
public final class DataSynthCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created if missing).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = SampleDomains.DEFAULT_SEED;

    @Option(names = "--world-control", description = "Write the four world-control domains instead of the sample domains.")
    boolean worldControl;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SyntheticGenerator generator = worldControl
                ? new SyntheticGenerator(SampleDomains.worldControl()) : new SyntheticGenerator();
        List<Path> files = worldControl
                ? generator.writeAll(out, seed, "./rectransfer data synth --world-control --out " + out
                        + (seed == SampleDomains.DEFAULT_SEED ? "" : " --seed " + seed))
                : generator.writeAll(out, seed);
        List<Map<String, Object>> domains = new ArrayList<>();
        TextTable table = new TextTable("domain", "role", "users", "items", "interactions", "file");
        for (int k = 0; k < files.size(); k++) {
            DomainRecipe recipe = generator.recipes().get(k);
            // Read back what was written, so the numbers shown are those of the files.
            Dataset written = DomainLoader.load(DomainSource.parse(files.get(k).toString()), ReadOptions.DEFAULT).dataset();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", recipe.name());
            entry.put("role", recipe.role().label());
            entry.put("users", written.users());
            entry.put("items", written.items());
            entry.put("interactions", written.interactions());
            entry.put("file", files.get(k).toString());
            domains.add(entry);
            table.add(recipe.name(), recipe.role().label(), String.valueOf(written.users()), String.valueOf(written.items()),
                    String.format(Locale.ROOT, "%,d", written.interactions()), files.get(k).toString());
        }
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), JsonOutput.ordered("domains", domains, "out", out.toString(), "seed", seed));
        } else {
            table.print(spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
