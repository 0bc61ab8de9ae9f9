package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.store.Workspace;

/** {@code lab}: the workbench's transfer study from the command line, with the same records and summary. */
class LabCommandTest {
    @TempDir
    Path dir;

    /** {@code users} users of 25 items each among 300, drawn from {@code seed}. */
    private Path domain(String name, int users, long seed) throws Exception {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("user\titem\tseq\n");
        int seq = 0;
        for (int u = 0; u < users; u++) {
            java.util.Set<Integer> items = new java.util.LinkedHashSet<>();
            while (items.size() < 25) items.add(Math.min(299, (int) Math.abs(random.nextGaussian() * 90)));
            for (int item : items) text.append("u").append(u).append("\ti").append(item).append('\t').append(seq++).append('\n');
        }
        Path file = dir.resolve(name + ".tsv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void trainsEverySeedRecordsItsRunsAndSummarisesTheGainOverSeeds() throws Exception {
        Path source = domain("Src", 120, 1);
        Path target = domain("Tgt", 80, 2);
        Path workspace = dir.resolve("ws");
        CliRun first = CliRun.of("lab", "--source", source.toString(), "--target", target.toString(), "--config", "config-7",
                "--seeds", "2", "--epochs", "2", "--workspace", workspace.toString(), "--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(first.out());
        assertThat(out.path("config").asText()).isEqualTo("config-7");
        assertThat(out.path("seeds")).hasSize(2);
        double meanOfSeeds = (out.path("seeds").get(0).path("gainPercent").asDouble()
                + out.path("seeds").get(1).path("gainPercent").asDouble()) / 2;
        assertThat(out.path("gainPercent").path("mean").asDouble()).isCloseTo(meanOfSeeds, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(out.path("test").path("n").asInt()).isEqualTo(2);
        assertThat(out.path("verdict").asText()).isNotBlank();
        assertThat(first.err()).contains("seed 1 source   epoch   1").contains("seed 2 transfer epoch   2");
        try (Workspace store = Workspace.openForReading(workspace)) {
            assertThat(store.runs()).hasSize(6);
        }
        // Another configuration trains only the transfers: sources and baselines are reused.
        CliRun second = CliRun.of("lab", "--source", source.toString(), "--target", target.toString(), "--config", "config-1",
                "--seeds", "2", "--epochs", "2", "--workspace", workspace.toString(), "--json");
        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode again = new ObjectMapper().readTree(second.out());
        assertThat(again.path("seeds").get(0).path("sourceRun").asText()).isEqualTo(out.path("seeds").get(0).path("sourceRun").asText());
        assertThat(again.path("seeds").get(1).path("baselineRun").asText()).isEqualTo(out.path("seeds").get(1).path("baselineRun").asText());
        try (Workspace store = Workspace.openForReading(workspace)) {
            assertThat(store.runs()).hasSize(8);
        }
    }

    @Test
    void aTargetEqualToTheSourceOrAMissingFileIsAUsageError() throws Exception {
        Path source = domain("Src", 30, 1);
        CliRun same = CliRun.of("lab", "--source", source.toString(), "--target", source.toString(), "--workspace", dir.resolve("w").toString());
        assertThat(same.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(same.err()).contains("--target must be another domain than --source");
        CliRun missing = CliRun.of("lab", "--source", source.toString(), "--target", dir.resolve("nope.tsv").toString(),
                "--workspace", dir.resolve("w").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("nope.tsv: no such file");
        CliRun unknown = CliRun.of("lab", "--source", source.toString(), "--target", source.toString() + "x", "--config", "config-9");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
