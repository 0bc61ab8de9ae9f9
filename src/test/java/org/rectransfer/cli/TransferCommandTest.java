package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.model.Checkpoints;
import org.rectransfer.model.LayerName;
import org.rectransfer.model.NcfParameters;

class TransferCommandTest {
    private static final String SOURCE_DATA = "sample-data/Kindle-synthetic.tsv";
    private static final String TARGET_DATA = "sample-data/Office-synthetic.tsv";
    @TempDir
    static Path workspace;
    private static String sourceRun;

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @BeforeAll
    static void trainSource() throws Exception {
        sourceRun = json(CliRun.of("train", "--data", SOURCE_DATA, "--epochs", "1", "--workspace", workspace.toString(), "--json"))
                .get("run").asText();
    }

    private static NcfParameters model(String run) {
        return Checkpoints.load(workspace.resolve("models/" + run + ".zip"));
    }

    @Test
    void frozenLayersKeepTheSourceWeightsAndFreshOnesTrain() throws Exception {
        JsonNode result = json(CliRun.of("transfer", "--source", sourceRun, "--data", TARGET_DATA, "--config", "config-6",
                "--epochs", "2", "--workspace", workspace.toString(), "--json"));
        assertThat(result.get("plan").asText()).isEqualTo("FC1=fresh,FC2=fresh,FC3=frozen,FC4=frozen,OUT=frozen");
        assertThat(result.get("source").asText()).isEqualTo(sourceRun);
        NcfParameters source = model(sourceRun);
        NcfParameters target = model(result.get("run").asText());
        assertThat(target.weights(LayerName.fc(3))).containsExactly(source.weights(LayerName.fc(3)));
        assertThat(target.biases(LayerName.OUT)).containsExactly(source.biases(LayerName.OUT));
        assertThat(target.weights(LayerName.fc(1))).isNotEqualTo(source.weights(LayerName.fc(1)));
    }

    @Test
    void exportedPackageTransfersLikeTheRunItCameFrom() throws Exception {
        Path rtp = workspace.resolve("kindle.rtp");
        CliRun export = CliRun.of("export-package", "--run", sourceRun, "--out", rtp.toString(), "--workspace", workspace.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(rtp)).doesNotContain("USER_EMB").doesNotContain("ITEM_EMB");
        String[] common = {"--data", TARGET_DATA, "--config", "config-1", "--epochs", "1", "--workspace", workspace.toString(), "--json"};
        JsonNode fromRun = json(CliRun.of(concat(new String[] {"transfer", "--source", sourceRun}, common)));
        JsonNode fromPackage = json(CliRun.of(concat(new String[] {"transfer", "--source", rtp.toString()}, common)));
        assertThat(fromPackage.get("hr").asDouble()).isEqualTo(fromRun.get("hr").asDouble());
        assertThat(fromPackage.get("epochs").get(0).get("loss").asDouble()).isEqualTo(fromRun.get("epochs").get(0).get("loss").asDouble());
    }

    @Test
    void badSourcesAndPlansAreUsageErrors() {
        String ws = workspace.toString();
        String[][] cases = {
                {"transfer", "--source", "nope", "--data", TARGET_DATA, "--config", "config-1", "--workspace", ws},
                {"transfer", "--source", sourceRun, "--data", TARGET_DATA, "--config", "config-8", "--workspace", ws},
                {"transfer", "--source", sourceRun, "--data", TARGET_DATA, "--plan", "FC1=hot", "--workspace", ws},
                {"transfer", "--source", sourceRun, "--data", TARGET_DATA, "--workspace", ws},
                {"transfer", "--source", sourceRun, "--data", TARGET_DATA, "--config", "config-1", "--layers", "64,32", "--workspace", ws},
                {"transfer", "--source", "missing.rtp", "--data", TARGET_DATA, "--config", "config-1", "--workspace", ws},
                {"export-package", "--run", "nope", "--out", "x.rtp", "--workspace", ws}};
        for (String[] args : cases) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args) + " -> " + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.out()).isEmpty();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
