package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rectransfer report gains} on real (tiny) sweeps: the significance rule in every format. */
class ReportGainsCommandTest {
    private static final String FOOTNOTE = "* p < 0.05, paired t-test of HR over seeds (McNemar over users' hits,"
            + " pooled over seeds, when fewer than 3 seeds or t is undefined)";

    @TempDir
    static Path workspace;

    @BeforeAll
    static void runSweeps() {
        sweep("three-seeds", "3");
        sweep("one-seed", "1");
    }

    private static void sweep(String name, String seeds) {
        CliRun sweep = CliRun.of("sweep", "--sources", "sample-data/Book-synthetic.tsv", "--targets",
                "sample-data/Office-synthetic.tsv", "sample-data/Toy-synthetic.tsv", "--configs", "config-1,config-6",
                "--seeds", seeds, "--epochs", "2", "--parallel", "2", "--name", name, "--workspace", workspace.toString(), "--json");
        assertThat(sweep.exitCode()).as(sweep.err()).isZero();
    }

    private static CliRun report(String sweep, String... more) {
        List<String> args = new ArrayList<>(List.of("report", "gains", "--sweep", sweep, "--workspace", workspace.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) keys.add(names.next());
        return keys;
    }

    @Test
    void jsonKeepsSourcesAndAddsCellsDecidedByThePairedTWithThreeSeeds() throws Exception {
        String printed = report("three-seeds", "--format", "json").out();
        assertThat(report("three-seeds", "--json").out()).isEqualTo(printed);
        JsonNode json = new ObjectMapper().readTree(printed);
        assertThat(keys(json)).containsExactly("sweep", "sources", "cells");

        JsonNode sources = json.path("sources").path("Book");
        assertThat(keys(sources)).containsExactly("Office", "Toy");
        assertThat(keys(sources.path("Office"))).containsExactly("config-1", "config-6", "best", "bestHr", "baselineHr", "baselineSd", "baselineSeeds");

        JsonNode cells = json.path("cells").path("Book");
        assertThat(keys(cells)).containsExactly("Office", "Toy");
        for (String target : List.of("Office", "Toy")) {
            assertThat(keys(cells.path(target))).containsExactly("config-1", "config-6");
            for (String config : List.of("config-1", "config-6")) {
                JsonNode cell = cells.path(target).path(config);
                assertThat(keys(cell)).containsExactly("gain", "sd", "seeds", "pPairedT", "pMcNemar", "significant", "test");
                assertThat(cell.path("gain").asDouble()).isEqualTo(sources.path(target).path(config).asDouble());
                assertThat(cell.path("sd").isNumber()).isTrue();
                assertThat(cell.path("seeds").asInt()).isEqualTo(3);
                assertThat(cell.path("pMcNemar").isNumber()).isTrue();
                assertThat(cell.path("test").asText()).isEqualTo("paired-t");
                assertThat(cell.path("significant").asBoolean())
                        .isEqualTo(cell.path("pPairedT").isNumber() && cell.path("pPairedT").asDouble() < 0.05);
            }
        }
    }

    @Test
    void withOneSeedMcNemarDecidesAndTheUncomputablePIsNull() throws Exception {
        JsonNode cells = new ObjectMapper().readTree(report("one-seed", "--json").out()).path("cells").path("Book");
        for (String target : List.of("Office", "Toy")) {
            for (String config : List.of("config-1", "config-6")) {
                JsonNode cell = cells.path(target).path(config);
                assertThat(cell.has("pPairedT")).isTrue();
                assertThat(cell.path("pPairedT").isNull()).isTrue();
                assertThat(cell.path("sd").isNull()).isTrue();
                assertThat(cell.path("seeds").asInt()).isEqualTo(1);
                assertThat(cell.path("test").asText()).isEqualTo("mcnemar");
                assertThat(cell.path("significant").asBoolean()).isEqualTo(cell.path("pMcNemar").asDouble() < 0.05);
            }
        }
    }

    @Test
    void markdownAndLatexFootnotesNameTheTest() {
        String md = report("three-seeds").out();
        assertThat(md).contains(FOOTNOTE + ".");
        String latex = report("three-seeds", "--format", "latex").out();
        assertThat(latex).contains("$^{*}$ $p < 0.05$, paired t-test of HR over seeds (McNemar over users' hits,");
    }

    @Test
    void csvCarriesBothPValuesAndTheDecidingTest() {
        List<String> lines = report("one-seed", "--format", "csv").out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("source,target,config,gain_percent,gain_std,hr,baseline_hr,baseline_hr_std,seeds,"
                + "pPairedT,pMcNemar,test,significant,best,collapsed_runs");
        assertThat(lines).hasSize(1 + 2 * 2);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells[9]).as(line).isEmpty();            // one seed: no t
            assertThat(Double.parseDouble(cells[10])).as(line).isBetween(0.0, 1.0);
            assertThat(cells[11]).as(line).isEqualTo("mcnemar");
            assertThat(cells[12]).as(line).isEqualTo(String.valueOf(Double.parseDouble(cells[10]) < 0.05));
        }
        List<String> three = report("three-seeds", "--format", "csv").out().lines().skip(1).toList();
        assertThat(three).allSatisfy(line -> assertThat(line.split(",", -1)[11]).isEqualTo("paired-t"));
    }

    @Test
    void aSweepNotFinishedIsReportedWithAWarningOnStderr() throws Exception {
        assertThat(report("three-seeds").err()).as("a finished sweep").doesNotContain("warning");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"))) {
            db.createStatement().executeUpdate("UPDATE sweeps SET status = 'running' WHERE id = 'three-seeds'");
            try {
                CliRun run = report("three-seeds");
                assertThat(run.exitCode()).isZero();
                assertThat(run.err().strip()).isEqualTo(
                        "warning: sweep three-seeds is running; 0 cells compare fewer seeds than the 3 of the fullest baseline");
                assertThat(run.out()).contains("### Source:");
            } finally {
                db.createStatement().executeUpdate("UPDATE sweeps SET status = 'done' WHERE id = 'three-seeds'");
            }
        }
    }
}
