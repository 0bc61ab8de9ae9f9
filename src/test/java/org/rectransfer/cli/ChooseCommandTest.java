package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChooseCommandTest {

    private static String sourceRun(Path workspace) throws Exception {
        CliRun train = CliRun.of("train", "--data", "sample-data/Art-synthetic.tsv", "--epochs", "1", "--workspace",
                workspace.toString(), "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
        return new ObjectMapper().readTree(train.out()).get("run").asText();
    }

    @Test
    void halvesTheCandidatesRecordsTheChosenRunAndComparesWithTryingThemAll(@TempDir Path workspace) throws Exception {
        String source = sourceRun(workspace);
        CliRun choose = CliRun.of("choose", "--source", source, "--data", "sample-data/Office-synthetic.tsv",
                "--configs", "config-1,config-6,config-7", "--epochs", "2", "--min-epochs", "1", "--eta", "2", "--compare",
                "--workspace", workspace.toString(), "--json");
        assertThat(choose.exitCode()).as(choose.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(choose.out());
        JsonNode rounds = out.get("rounds");
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0).get("epochs").asInt()).isEqualTo(1);
        assertThat(rounds.get(0).get("validationHr").size()).isEqualTo(3);
        assertThat(rounds.get(0).get("kept")).hasSize(2);
        assertThat(rounds.get(1).get("epochs").asInt()).isEqualTo(2);
        assertThat(rounds.get(1).get("kept")).hasSize(1);
        String chosen = out.get("chosen").asText();
        assertThat(chosen).isEqualTo(rounds.get(1).get("kept").get(0).asText()).isIn("config-1", "config-6", "config-7");
        assertThat(out.get("epochsSpent").asLong()).isEqualTo(3 * 1 + 2 * 2);
        assertThat(out.get("exhaustiveEpochs").asLong()).isEqualTo(3 * 2);
        // Same seed, same epochs: the last round's validation HRs are the exhaustive search's for those candidates.
        rounds.get(1).get("validationHr").fields().forEachRemaining(e ->
                assertThat(e.getValue().asDouble()).isEqualTo(out.get("exhaustive").get(e.getKey()).asDouble()));
        assertThat(out.get("run").asText()).startsWith("Office-t-");
        assertThat(out.get("hr").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void badSearchSettingsAreUsageErrors(@TempDir Path workspace) throws Exception {
        String source = sourceRun(workspace);
        CliRun eta = CliRun.of("choose", "--source", source, "--data", "sample-data/Office-synthetic.tsv", "--eta", "1",
                "--epochs", "2", "--workspace", workspace.toString());
        assertThat(eta.exitCode()).isEqualTo(2);
        assertThat(eta.err()).contains("--eta must be at least 2");
        CliRun config = CliRun.of("choose", "--source", source, "--data", "sample-data/Office-synthetic.tsv",
                "--configs", "config-9", "--epochs", "2", "--workspace", workspace.toString());
        assertThat(config.exitCode()).isEqualTo(2);
        assertThat(config.err()).contains("unknown config 'config-9'");
    }
}
