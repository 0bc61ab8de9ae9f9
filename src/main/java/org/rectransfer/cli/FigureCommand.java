package org.rectransfer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.report.export.FigureExporter;
import org.rectransfer.report.export.FigureSize;
import org.rectransfer.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rectransfer figure KIND --sweep ID|--run ID --out FILE.png}: writes a figure headless (docs/cli.md). */
@Command(name = "figure", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a figure without a display: PNG, or SVG when --out ends with .svg.",
                "Kinds:",
                "  heatmap     --sweep ID [--source NAME]                gains (Tables 3-5)",
                "  kld-scatter --sweep ID [--source NAME] [--configs ..] gain vs. KLD (Fig. 3)",
                "  importance  --run ID                                  importance (Fig. 2)",
                "  curves      --run ID[,ID...]                          loss, HR@k per epoch",
                "  histogram   --sweep ID --source NAME --target NAME    users' activity, KLD",
                "  scarcity    --sweep ID [--source NAME] [--configs ..] gain vs. share of users kept"})
public final class FigureCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "heatmap, kld-scatter, importance, curves, histogram or scarcity.")
    String kind;

    @Option(names = "--sweep", paramLabel = "ID", description = "The sweep (heatmap, kld-scatter, histogram).")
    String sweep;

    @Option(names = "--run", paramLabel = "ID", split = ",", description = "The run (importance), or runs (curves).")
    List<String> runs;

    @Option(names = "--source", paramLabel = "NAME", description = "Source domain (default: the sweep's first source).")
    String source;

    @Option(names = "--target", paramLabel = "NAME", description = "Target domain (histogram).")
    String target;

    @Option(names = "--configs", paramLabel = "CONFIG", split = ",",
            description = "Configs of kld-scatter (default: config-1,config-5,config-6,config-7 where present, else all) or scarcity (default: all).")
    List<String> configs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The figure file, .png or .svg.")
    Path out;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution (default: ${DEFAULT-VALUE}).")
    int dpi = FigureExporter.DEFAULT_DPI;

    @Option(names = "--width", paramLabel = "IN", description = "Width in inches (default: ${DEFAULT-VALUE}).")
    double width = FigureSize.DEFAULT.widthInches();

    @Option(names = "--height", paramLabel = "IN", description = "Height in inches (default: ${DEFAULT-VALUE}).")
    double height = FigureSize.DEFAULT.heightInches();

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the plotted numbers as CSV.")
    Path csv;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Mixin
    WorkspaceOption workspace;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        FigureKind figureKind = FigureKind.parse(kind);
        figureKind.check(givenOptions());
        FigureSize size = size();
        FigureExporter.Format format = format();
        FigureExporter exporter = new FigureExporter();
        ExportedFigure written;
        try (Workspace store = workspace.openForReading()) {
            Figure figure = figureKind.build(store, new FigureRequest(sweep, runs, source, target, configs));
            createParent(out);
            written = exporter.write(figure.drawable(), out, size, dpi);
            if (csv != null) {
                createParent(csv);
                exporter.writeCsv(figure.data(), csv);
            }
        }
        report(figureKind, format, written);
        return ExitCodes.OK;
    }

    private Map<String, Boolean> givenOptions() {
        Map<String, Boolean> given = new LinkedHashMap<>();
        given.put("--sweep", sweep != null);
        given.put("--run", runs != null && !runs.isEmpty());
        given.put("--source", source != null);
        given.put("--target", target != null);
        given.put("--configs", configs != null && !configs.isEmpty());
        return given;
    }

    private FigureSize size() {
        try {
            FigureSize size = new FigureSize(width, height);
            size.widthPixels(dpi);
            size.heightPixels(dpi);
            return size;
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad figure size: " + e.getMessage());
        }
    }

    private FigureExporter.Format format() {
        try {
            return FigureExporter.formatOf(out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (java.nio.file.FileSystemException e) {
            throw org.rectransfer.data.AtomicFiles.cannotWrite(file, e);
        }
    }

    private void report(FigureKind figureKind, FigureExporter.Format format, ExportedFigure written) {
        var stdout = spec.commandLine().getOut();
        if (!json) {
            stdout.printf(Locale.ROOT, "wrote %s (%d x %d %s)%n", written.file(), written.widthPx(), written.heightPx(),
                    format == FigureExporter.Format.SVG ? "pt" : "px");
            if (csv != null) stdout.println("wrote " + csv);
            stdout.flush();
            return;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("kind", figureKind.cliName());
        result.put("file", written.file().toAbsolutePath().normalize().toString());
        result.put("format", format.name().toLowerCase(Locale.ROOT));
        result.put("widthPx", written.widthPx());
        result.put("heightPx", written.heightPx());
        result.put("widthInches", width);
        result.put("heightInches", height);
        if (format == FigureExporter.Format.PNG) result.put("dpi", dpi);
        if (csv != null) result.put("csv", csv.toAbsolutePath().normalize().toString());
        JsonOutput.print(stdout, result);
    }
}
