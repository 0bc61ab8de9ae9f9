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
import org.rectransfer.experiment.FmaPeak;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rectransfer bench}: the fast engine against stock DL4J, measured in this process, per
 * shape, batch size and engine threads, with the engine's share of the machine's arithmetic limit.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Train the same network with the fast engine and with stock DL4J (ComputationGraph,",
                "two EmbeddingLayers, Adam) on book- and office-sized tables, per batch size and engine threads;",
                "report samples/s per wall second and per CPU-second, their ratio, and the share of one core's",
                "peak (measured first by a small FMA loop) that the engine's arithmetic reaches."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--shapes", split = ",", paramLabel = "book,office", description = "Shapes to measure (default: book,office).")
    List<String> shapes = List.of("book", "office");

    @Option(names = {"--batches", "--batch"}, split = ",", paramLabel = "N[,N...]", description = "Batch sizes (default: 256,2048).")
    List<Integer> batches = List.of(256, 2048);

    @Option(names = {"--threads", "--train-threads"}, split = ",", paramLabel = "N[,N...]",
            description = "Engine threads, as train --threads: the batch split over them, and the users scored (default: 1,2).")
    List<Integer> threads = List.of(1, 2);

    @Option(names = "--seconds", paramLabel = "S", description = "Time each side for at least S seconds (default: ${DEFAULT-VALUE}).")
    double seconds = 3;

    @Option(names = "--skip-dl4j", description = "Leave stock DL4J out (it is slow; its figures are then null).")
    boolean skipDl4j;

    @Option(names = "--json", description = "Print one JSON object with the result.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (seconds <= 0 || batches.stream().anyMatch(b -> b < 1) || threads.stream().anyMatch(t -> t < 1)) {
            throw new UsageException("--batches, --seconds and --threads must be positive");
        }
        List<BenchShape> chosen = new ArrayList<>();
        for (String name : shapes) {
            try {
                chosen.add(BenchShape.named(name));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        var err = spec.commandLine().getErr();
        err.println("measuring one core's peak (FMA loop)...");
        err.flush();
        double peak = FmaPeak.flopsPerSecond(Math.min(1, seconds));
        EngineBenchmark benchmark = new EngineBenchmark(seconds);
        List<BenchResult> results = new ArrayList<>();
        for (BenchShape shape : chosen) {
            for (int batch : batches) {
                Double dl4j = skipDl4j ? null : Double.NaN;
                for (int t : threads) {
                    err.printf("measuring %s (%,d users x %,d items), batch %d, %d thread%s...%n", shape.name(), shape.users(),
                            shape.items(), batch, t, t == 1 ? "" : "s");
                    err.flush();
                    BenchResult r = benchmark.run(shape, batch, t, dl4j);
                    if (!skipDl4j) dl4j = r.dl4jSamplesPerSecond();
                    results.add(r);
                }
            }
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("cases", results.stream().map(r -> entry(r, peak)).toList());
            out.put("peakFlopsPerSecond", peak);
            out.put("kernels", org.rectransfer.train.NcfEngine.kernels());
            out.put("vectorBits", org.rectransfer.train.NcfEngine.vectorBits());
            out.put("batches", batches);
            out.put("threads", threads);
            out.put("cores", Runtime.getRuntime().availableProcessors());
            out.put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.put("ompNumThreads", System.getenv("OMP_NUM_THREADS"));
            JsonOutput.print(spec.commandLine().getOut(), out);
        } else {
            TextTable table = new TextTable("shape", "batch", "threads", "engine samples/s", "per CPU-s", "DL4J samples/s", "ratio",
                    "of peak", "eval us/user", "eval/epoch");
            for (BenchResult r : results) {
                table.add(r.shape().name(), String.valueOf(r.batch()), String.valueOf(r.threads()), fmt("%,.0f", r.engineSamplesPerSecond()),
                        fmt("%,.0f", r.engineSamplesPerCpuSecond()), Double.isNaN(r.dl4jSamplesPerSecond()) ? "-" : fmt("%,.0f", r.dl4jSamplesPerSecond()),
                        Double.isNaN(r.ratio()) ? "-" : fmt("%.1f", r.ratio()), fmt("%.1f%%", 100 * r.fractionOfPeak(peak)),
                        fmt("%.1f", r.evalMicrosPerUser()), fmt("%.2f%%", 100 * r.evalShareOfEpoch()));
            }
            table.print(spec.commandLine().getOut());
            spec.commandLine().getOut().printf(Locale.ROOT, "one core's peak: %.1f GFLOP/s (FMA loop); %,d flops per sample; %s kernels; load average %.2f%n",
                    peak / 1e9, results.isEmpty() ? 0 : results.get(0).flopsPerSample(), kernelsLabel(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        return ExitCodes.OK;
    }

    /** @return "vector (512-bit)", "vector (256-bit)" or "scalar" */
    private static String kernelsLabel() {
        int bits = org.rectransfer.train.NcfEngine.vectorBits();
        return bits > 0 ? org.rectransfer.train.NcfEngine.kernels() + " (" + bits + "-bit)" : org.rectransfer.train.NcfEngine.kernels();
    }

    private static Map<String, Object> entry(BenchResult r, double peak) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("shape", r.shape().name());
        entry.put("users", r.shape().users());
        entry.put("items", r.shape().items());
        entry.put("batch", r.batch());
        entry.put("threads", r.threads());
        entry.put("engineSamplesPerSecond", r.engineSamplesPerSecond());
        entry.put("engineSamplesPerCpuSecond", finiteOrNull(r.engineSamplesPerCpuSecond()));
        entry.put("dl4jSamplesPerSecond", finiteOrNull(r.dl4jSamplesPerSecond()));
        entry.put("ratio", finiteOrNull(r.ratio()));
        entry.put("fractionOfPeak", finiteOrNull(r.fractionOfPeak(peak)));
        entry.put("flopsPerSample", r.flopsPerSample());
        entry.put("evalMicrosPerUser", r.evalMicrosPerUser());
        entry.put("evalShareOfEpoch", r.evalShareOfEpoch());
        return entry;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }
}
