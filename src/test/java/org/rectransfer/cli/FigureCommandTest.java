package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rectransfer.report.ImageChecks;

/** {@code rectransfer figure KIND}: every kind from a real (tiny) sweep, sizes, JSON, SVG, CSV and bad usage. */
class FigureCommandTest {
    private static final String SWEEP = "fig-test";
    /** A sweep of Office and Toy, each also at half its users. */
    private static final String SCARCE = "fig-scarce";
    /** A drawn figure has text, axes and colour; a blank or one-colour image has none. */
    private static final double MIN_GREY_VARIANCE = 100;

    @TempDir
    static Path workspace;
    @TempDir
    Path dir;

    static String sourceRun;
    static String transferRun;
    static String baselineRun;

    @BeforeAll
    static void runSweep() throws Exception {
        CliRun sweep = CliRun.of("sweep", "--sources", "sample-data/Art-synthetic.tsv", "--targets",
                "sample-data/Office-synthetic.tsv", "sample-data/Garden-synthetic.tsv", "sample-data/Toy-synthetic.tsv",
                "--configs", "config-1,config-7", "--seeds", "1", "--epochs", "2", "--parallel", "2",
                "--name", SWEEP, "--workspace", workspace.toString(), "--json");
        assertThat(sweep.exitCode()).as(sweep.err()).isZero();
        CliRun scarce = CliRun.of("sweep", "--sources", "sample-data/Art-synthetic.tsv", "--targets",
                "sample-data/Office-synthetic.tsv", "sample-data/Toy-synthetic.tsv", "--target-fraction", "0.5,1",
                "--configs", "config-7", "--seeds", "1", "--epochs", "2", "--parallel", "2",
                "--name", SCARCE, "--workspace", workspace.toString(), "--json");
        assertThat(scarce.exitCode()).as(scarce.err()).isZero();
        sourceRun = runOfKind("source");
        transferRun = runOfKind("transfer");
        baselineRun = runOfKind("baseline");
    }

    private static String runOfKind(String kind) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"));
             ResultSet rows = db.createStatement().executeQuery("SELECT run_id FROM sweep_runs WHERE sweep_id = '"
                     + SWEEP + "' AND kind = '" + kind + "' ORDER BY task_key LIMIT 1")) {
            assertThat(rows.next()).as("a %s run", kind).isTrue();
            return rows.getString(1);
        }
    }

    /** The arguments of each kind after "figure" and before --out. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("heatmap", List.of("heatmap", "--sweep", SWEEP)),
                Arguments.of("kld-scatter", List.of("kld-scatter", "--sweep", SWEEP)),
                Arguments.of("importance", List.of("importance", "--run", sourceRun)),
                Arguments.of("curves", List.of("curves", "--run", sourceRun + "," + transferRun + "," + baselineRun)),
                Arguments.of("histogram", List.of("histogram", "--sweep", SWEEP, "--source", "Art", "--target", "Toy")),
                Arguments.of("scarcity", List.of("scarcity", "--sweep", SCARCE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyKindWritesAPngOfTheRequestedSize(String kind, List<String> args) throws Exception {
        Path png = dir.resolve("cli-" + kind + ".png");
        CliRun run = figure(args, "--out", png.toString(), "--dpi", "100", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("file").asText()).isEqualTo(png.toAbsolutePath().toString());
        assertThat(json.get("widthPx").asInt()).isEqualTo(640);
        assertThat(json.get("heightPx").asInt()).isEqualTo(480);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
        assertThat(ImageChecks.greyVariance(image)).as("not blank").isGreaterThan(MIN_GREY_VARIANCE);
        assertThat(ImageChecks.distinctColours(image)).isGreaterThan(20);
    }

    /** Print-quality copies of every kind, left in target/figures for people to look at. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyKindAtTheDefaultSizeAndDpi(String kind, List<String> args) throws Exception {
        Path png = dir.resolve("cli-" + kind + ".png");
        CliRun run = figure(args, "--out", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(png.toString()).contains("1920 x 1440");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1440);
        ImageChecks.keep(png);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void csvHoldsThePlottedNumbers(String kind, List<String> args) throws Exception {
        Path csv = dir.resolve("sub").resolve(kind + ".csv");
        CliRun run = figure(args, "--out", dir.resolve(kind + ".png").toString(), "--dpi", "50", "--csv", csv.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("csv").asText()).isEqualTo(csv.toAbsolutePath().toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThan(1);
        String expectedHeader = switch (kind) {
            case "heatmap" -> "source,target,config,gain_percent,significant,baseline_hr";
            case "kld-scatter" -> "config,series,target,kld,gain_percent,ci_lower,ci_upper";
            case "importance" -> "layer,neuron,importance";
            case "curves" -> "run,quantity,epoch,value";
            case "scarcity" -> "source,target,config,fraction,gain_percent,gain_sd,significant";
            default -> "bin_lower,bin_upper,source_share,target_share";
        };
        assertThat(lines.get(0)).isEqualTo(expectedHeader);
        switch (kind) {
            case "heatmap" -> assertThat(lines).hasSize(1 + 3 * 2);  // 3 targets x 2 configs
            case "scarcity" -> assertThat(lines).hasSize(1 + 2 * 2)  // 2 targets x 2 shares, one config
                    .anyMatch(line -> line.startsWith("Art,Office,config-7,0.5,")).anyMatch(line -> line.startsWith("Art,Toy,config-7,1,"));
            case "importance" -> assertThat(lines).hasSize(1 + 64 + 32 + 16 + 8);
            case "curves" -> {
                assertThat(lines).hasSize(1 + 3 * 2 * 2);  // 3 runs x (loss, HR) x 2 epochs
                assertThat(lines.get(1)).startsWith(sourceRun + " (source),loss,1,");
                assertThat(lines).anyMatch(line -> line.startsWith(transferRun + " (config-"))
                        .anyMatch(line -> line.startsWith(baselineRun + " (baseline),validation HR@10,2,"));
            }
            default -> { }
        }
    }

    @Test
    void svgByExtensionIsSizedInPoints() throws Exception {
        Path svg = dir.resolve("gains.svg");
        CliRun run = figure(List.of("heatmap", "--sweep", SWEEP, "--source", "Art"), "--out", svg.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("format").asText()).isEqualTo("svg");
        assertThat(json.get("widthPx").asInt()).isEqualTo(461);   // 6.4 in x 72 pt
        assertThat(json.get("heightPx").asInt()).isEqualTo(346);  // 4.8 in x 72 pt
        String text = Files.readString(svg);
        assertThat(text).contains("<svg").contains("Office").contains("Toy");
    }

    @Test
    void widthAndHeightInInches() throws Exception {
        Path png = dir.resolve("wide.png");
        CliRun run = figure(List.of("histogram", "--sweep", SWEEP, "--source", "Art", "--target", "Office"),
                "--out", png.toString(), "--width", "8", "--height", "3", "--dpi", "100", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void kldScatterOfOneConfigIsOneChart() throws Exception {
        Path png = dir.resolve("one.png");
        Path csv = dir.resolve("one.csv");
        CliRun run = figure(List.of("kld-scatter", "--sweep", SWEEP, "--configs", "config-7"),
                "--out", png.toString(), "--dpi", "100", "--csv", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.startsWith("config-7,"));
        assertThat(lines).filteredOn(line -> line.contains(",point,")).hasSize(3);
        assertThat(ImageChecks.greyVariance(ImageIO.read(png.toFile()))).isGreaterThan(MIN_GREY_VARIANCE);
    }

    @Test
    void helpListsTheKinds() {
        CliRun run = CliRun.of("figure", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("heatmap", "kld-scatter", "importance", "curves", "histogram", "scarcity", "--dpi", "--csv");
    }

    static Stream<Arguments> badUsage() {
        return Stream.of(
                Arguments.of(List.of("scatter", "--sweep", SWEEP), "unknown figure kind 'scatter'"),
                Arguments.of(List.of("heatmap", "--sweep", "no-such-sweep"), "no sweep 'no-such-sweep'"),
                Arguments.of(List.of("histogram", "--sweep", "no-such-sweep", "--source", "Art", "--target", "Toy"), "no sweep"),
                Arguments.of(List.of("importance", "--run", "no-such-run"), "no run 'no-such-run'"),
                Arguments.of(List.of("curves", "--run", "no-such-run"), "no run 'no-such-run'"),
                Arguments.of(List.of("heatmap", "--sweep", SWEEP, "--source", "Book"), "no source 'Book'"),
                Arguments.of(List.of("kld-scatter", "--sweep", SWEEP, "--source", "Book"), "no source 'Book'"),
                Arguments.of(List.of("histogram", "--sweep", SWEEP, "--source", "Book", "--target", "Toy"), "no domain 'Book'"),
                Arguments.of(List.of("histogram", "--sweep", SWEEP, "--source", "Art"), "--target"),
                Arguments.of(List.of("kld-scatter", "--sweep", SWEEP, "--configs", "config-5"), "no config 'config-5'"),
                Arguments.of(List.of("heatmap", "--run", "x"), "needs --sweep ID, not --run"),
                Arguments.of(List.of("importance", "--sweep", SWEEP), "needs --run ID"),
                Arguments.of(List.of("heatmap", "--sweep", SWEEP, "--target", "Toy"), "does not take --target"),
                Arguments.of(List.of("heatmap", "--sweep", SWEEP, "--dpi", "0"), "dpi must be positive"),
                Arguments.of(List.of("scarcity", "--sweep", SWEEP), "needs a sweep run with --target-fraction"),
                Arguments.of(List.of("scarcity", "--sweep", SCARCE, "--configs", "config-1"), "no config 'config-1'"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badUsage")
    void badUsageExitsWith2AndOneLine(List<String> args, String message) {
        Path png = dir.resolve("bad.png");
        CliRun run = figure(args, "--out", png.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(png).doesNotExist();
    }

    @Test
    void otherExtensionsAreBadUsage() {
        Path jpg = dir.resolve("gains.jpg");
        CliRun run = figure(List.of("heatmap", "--sweep", SWEEP), "--out", jpg.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(".png or .svg");
        assertThat(jpg).doesNotExist();
    }

    private static CliRun figure(List<String> kindArgs, String... more) {
        List<String> args = new ArrayList<>(List.of("figure"));
        args.addAll(kindArgs);
        args.addAll(List.of(more));
        args.addAll(List.of("--workspace", workspace.toString()));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void gainTablesListTargetsInTheOrderTheSweepWasGivenThem() {
        CliRun report = CliRun.of("report", "gains", "--sweep", SWEEP, "--format", "csv", "--workspace", workspace.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        List<String> targets = report.out().lines().skip(1).map(line -> line.split(",")[1]).distinct().toList();
        assertThat(targets).containsExactly("Office", "Garden", "Toy");   // as given, not alphabetical, not by finishing time
    }
}
