package org.rectransfer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.experiment.BenchResult;
import org.rectransfer.experiment.BenchShape;
import org.rectransfer.experiment.EngineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rectransfer bench}: the fast engine against stock DL4J, measured in this process. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Train the same network with the fast engine and with stock DL4J (ComputationGraph,",
                "two EmbeddingLayers, Adam) on book- and office-sized tables, and report samples/s and their ratio."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--shapes", split = ",", paramLabel = "book,office", description = "Shapes to measure (default: book,office).")
    List<String> shapes = List.of("book", "office");

    @Option(names = "--batch", paramLabel = "N", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch = 256;

    @Option(names = "--seconds", paramLabel = "S", description = "Time each side for at least S seconds (default: ${DEFAULT-VALUE}).")
    double seconds = 5;

    @Option(names = "--threads", paramLabel = "N", description = "Evaluation threads, as train --threads (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    @Option(names = "--json", description = "Print one JSON object with the result.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (batch < 1 || seconds <= 0 || threads < 1) throw new UsageException("--batch, --seconds and --threads must be positive");
        List<BenchShape> chosen = new ArrayList<>();
        for (String name : shapes) {
            try {
                chosen.add(BenchShape.named(name));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        EngineBenchmark benchmark = new EngineBenchmark(batch, seconds, threads);
        List<Map<String, Object>> cases = new ArrayList<>();
        TextTable table = new TextTable("shape", "users", "items", "engine samples/s", "DL4J samples/s", "ratio", "eval us/user", "eval/epoch");
        for (BenchShape shape : chosen) {
            spec.commandLine().getErr().printf("measuring %s (%,d users x %,d items)...%n", shape.name(), shape.users(), shape.items());
            spec.commandLine().getErr().flush();
            BenchResult r = benchmark.run(shape);
            cases.add(entry(r));
            table.add(shape.name(), String.valueOf(shape.users()), String.valueOf(shape.items()), fmt("%,.0f", r.engineSamplesPerSecond()),
                    fmt("%,.0f", r.dl4jSamplesPerSecond()), fmt("%.1f", r.ratio()), fmt("%.1f", r.evalMicrosPerUser()),
                    fmt("%.2f%%", 100 * r.evalShareOfEpoch()));
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("cases", cases);
            out.put("batch", batch);
            out.put("evalThreads", threads);
            out.put("cores", Runtime.getRuntime().availableProcessors());
            out.put("ompNumThreads", System.getenv("OMP_NUM_THREADS"));
            JsonOutput.print(spec.commandLine().getOut(), out);
        } else {
            table.print(spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> entry(BenchResult r) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("shape", r.shape().name());
        entry.put("users", r.shape().users());
        entry.put("items", r.shape().items());
        entry.put("engineSamplesPerSecond", r.engineSamplesPerSecond());
        entry.put("dl4jSamplesPerSecond", r.dl4jSamplesPerSecond());
        entry.put("ratio", r.ratio());
        entry.put("evalMicrosPerUser", r.evalMicrosPerUser());
        entry.put("evalShareOfEpoch", r.evalShareOfEpoch());
        return entry;
    }

    private static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }
}
