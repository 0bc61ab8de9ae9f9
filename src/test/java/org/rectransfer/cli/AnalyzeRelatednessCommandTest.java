package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rectransfer analyze relatedness} without --json: the KLDs, and why a correlation is missing. */
class AnalyzeRelatednessCommandTest {
    @TempDir
    static Path workspace;

    @BeforeAll
    static void runSweeps() {
        sweep("two", "sample-data/Office-synthetic.tsv", "sample-data/Toy-synthetic.tsv");
        sweep("three", "sample-data/Office-synthetic.tsv", "sample-data/Toy-synthetic.tsv", "sample-data/Garden-synthetic.tsv");
    }

    private static void sweep(String name, String... targets) {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", "--sources", "sample-data/Book-synthetic.tsv", "--targets"));
        args.addAll(List.of(targets));
        args.addAll(List.of("--configs", "config-1,config-6", "--seeds", "1", "--epochs", "1", "--parallel", "2",
                "--name", name, "--workspace", workspace.toString(), "--json"));
        CliRun sweep = CliRun.of(args.toArray(String[]::new));
        assertThat(sweep.exitCode()).as(sweep.err()).isZero();
    }

    private static CliRun analyze(String sweep, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("analyze", "relatedness", "--sweep", sweep,
                "--workspace", workspace.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void withTwoTargetsPrintsTheKldsAndSaysWhyNoCorrelationIsComputed() throws Exception {
        String text = analyze("two").out();
        JsonNode points = new ObjectMapper().readTree(analyze("two", "--json").out()).path("points");
        assertThat(text).contains("KLD(H_u(source) || H_u(target))");
        for (JsonNode point : points) {
            String kld = String.format(java.util.Locale.ROOT, "%.3f", point.path("kld").asDouble());
            assertThat(text).containsPattern("Book\\s+" + point.path("target").asText() + "\\s+" + java.util.regex.Pattern.quote(kld));
        }
        List<String> rows = text.lines().filter(line -> line.startsWith("Book") && line.contains("config-")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> assertThat(row)
                .contains("r, p, rho, r(size), r(sparsity): needs at least 3 targets, has 2")
                .doesNotContain(" - "));
    }

    @Test
    void withThreeTargetsTheCorrelationsArePrinted() {
        String text = analyze("three").out();
        List<String> rows = text.lines().filter(line -> line.startsWith("Book") && line.contains("config-")).toList();
        assertThat(rows).hasSize(2);
        for (String row : rows) {
            // source, config, n, r, p, rho, slope, r(size), r(sparsity): every number present, no reason needed.
            String[] cells = row.trim().split("\\s+");
            assertThat(cells).as(row).hasSize(9);
            assertThat(cells[2]).isEqualTo("3");
            for (int c = 3; c < 9; c++) assertThat(Double.parseDouble(cells[c])).as(row).isFinite();
        }
        assertThat(text.lines().filter(line -> line.startsWith("Book") && !line.contains("config-"))).hasSize(3);
    }

    @Test
    void reasonsAreSaidInTermsOfTargets() {
        assertThat(AnalyzeRelatednessCommand.inWordsOfTargets("needs at least 3 pairs, got 2", "KLD", "gain"))
                .isEqualTo("needs at least 3 targets, has 2");
        assertThat(AnalyzeRelatednessCommand.inWordsOfTargets("x has zero variance", "KLD", "gain"))
                .isEqualTo("KLD is the same for every target");
        assertThat(AnalyzeRelatednessCommand.inWordsOfTargets("y has zero variance", "gain", "size"))
                .isEqualTo("size is the same for every target");
        assertThat(AnalyzeRelatednessCommand.inWordsOfTargets("y[1] is not finite: NaN", "KLD", "gain"))
                .isEqualTo("a gain is not finite (y[1] is not finite: NaN)");
    }
}
