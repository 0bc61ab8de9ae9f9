package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeImportanceCommandTest {
    @TempDir
    static Path workspace;
    private static String run;

    @BeforeAll
    static void train() throws Exception {
        CliRun train = CliRun.of("train", "--data", "sample-data/Office-synthetic.tsv", "--epochs", "3",
                "--workspace", workspace.toString(), "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
        run = new ObjectMapper().readTree(train.out()).path("run").asText();
    }

    private static JsonNode importance(String... extra) throws Exception {
        String[] head = {"analyze", "importance", "--run", run, "--workspace", workspace.toString(), "--json"};
        String[] args = new String[head.length + extra.length];
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(extra, 0, args, head.length, extra.length);
        CliRun analyze = CliRun.of(args);
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        return new ObjectMapper().readTree(analyze.out());
    }

    @Test
    void theDefaultIsTheRatioOfSumsOverEveryNeuron() throws Exception {
        JsonNode out = importance();
        assertThat(out.path("formula").asText()).isEqualTo("TOTAL_RELATIVE_DROP");
        assertThat(out.path("layers").path("FC1")).hasSize(64);
        assertThat(out.path("layers").path("FC4")).hasSize(8);
        for (JsonNode value : out.path("layers").path("FC4")) {
            assertThat(value.isNumber()).as(value.toString()).isTrue();
            assertThat(Math.abs(value.asDouble())).isLessThanOrEqualTo(50);
        }
        assertThat(out.path("tinyDenominators").isInt()).isTrue();
    }

    @Test
    void thePerSampleFormulaIsAnOption() throws Exception {
        JsonNode perSample = importance("--formula", "per-sample");
        assertThat(perSample.path("formula").asText()).isEqualTo("MEAN_RELATIVE_DROP");
        assertThat(perSample.path("layers").path("FC1").get(0).asDouble())
                .isNotEqualTo(importance().path("layers").path("FC1").get(0).asDouble());
    }

    @Test
    void anUnknownFormulaIsBadUsage() {
        CliRun analyze = CliRun.of("analyze", "importance", "--run", run, "--workspace", workspace.toString(),
                "--formula", "median");
        assertThat(analyze.exitCode()).isEqualTo(2);
        assertThat(analyze.err().strip()).contains("--formula must be total or per-sample").doesNotContain("\n");
    }
}
