package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeWorldsCommandTest {

    private static CliRun sweep(Path workspace, String name, String source, String... targets) {
        String[] head = {"sweep", "--sources", source, "--targets"};
        String[] tail = {"--configs", "config-7", "--seeds", "2", "--epochs", "1", "--parallel", "2",
                "--name", name, "--workspace", workspace.toString(), "--json"};
        String[] args = new String[head.length + targets.length + tail.length];
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(targets, 0, args, head.length, targets.length);
        System.arraycopy(tail, 0, args, head.length + targets.length, tail.length);
        return CliRun.of(args);
    }

    @Test
    void comparesSameWorldWithOtherWorldTargetsOfTheSampleData(@TempDir Path workspace) throws Exception {
        CliRun run = sweep(workspace, "w", "sample-data/Art-synthetic.tsv",
                "sample-data/Office-synthetic.tsv", "sample-data/Garden-synthetic.tsv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun worlds = CliRun.of("analyze", "worlds", "--sweep", "w", "--workspace", workspace.toString(), "--json");
        assertThat(worlds.exitCode()).as(worlds.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(worlds.out()).path("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("config").asText()).isEqualTo("config-7");
        assertThat(rows.get(1).path("config").asText()).isEqualTo("all");
        JsonNode row = rows.get(0);
        assertThat(row.path("seeds").asInt()).isEqualTo(2);
        // The effect is exactly the difference of the two printed means.
        assertThat(row.path("worldEffect").asDouble())
                .isCloseTo(row.path("sameWorldGain").asDouble() - row.path("otherWorldGain").asDouble(),
                        org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void filesTheGeneratorDidNotWriteHaveNoWorld(@TempDir Path workspace, @TempDir Path data) throws Exception {
        // Same bytes, other names: nothing says which world they come from, so nothing is compared.
        Files.copy(Path.of("sample-data/Art-synthetic.tsv"), data.resolve("Art.tsv"));
        Files.copy(Path.of("sample-data/Office-synthetic.tsv"), data.resolve("Office.tsv"));
        Files.copy(Path.of("sample-data/Garden-synthetic.tsv"), data.resolve("Garden.tsv"));
        CliRun run = sweep(workspace, "real", data.resolve("Art.tsv").toString(),
                data.resolve("Office.tsv").toString(), data.resolve("Garden.tsv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun worlds = CliRun.of("analyze", "worlds", "--sweep", "real", "--workspace", workspace.toString());
        assertThat(worlds.exitCode()).isEqualTo(2);
        assertThat(worlds.err().strip()).contains("no seed with both a same-world and an other-world transfer")
                .contains("worlds found: []").doesNotContain("\n");
    }
}
