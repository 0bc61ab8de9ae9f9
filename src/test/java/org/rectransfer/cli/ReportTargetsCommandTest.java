package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report targets}: Table 2 of a sweep, with item popularity scored on each baseline's own split. */
class ReportTargetsCommandTest {
    @TempDir
    Path workspace;

    @Test
    void eachTargetHasItsSizeItsBaselineOverSeedsAndPopularityAsTrainReportsIt() throws Exception {
        CliRun sweep = CliRun.of("sweep", "--sources", "sample-data/Art-synthetic.tsv", "--targets", "sample-data/Office-synthetic.tsv",
                "sample-data/Garden-synthetic.tsv", "--configs", "config-7", "--seeds", "2", "--epochs", "1", "--early-stopping", "0",
                "--parallel", "1", "--name", "t2", "--workspace", workspace.toString(), "-q");
        assertThat(sweep.exitCode()).as(sweep.err()).isZero();
        CliRun report = CliRun.of("report", "targets", "--sweep", "t2", "--workspace", workspace.toString(), "--json");
        assertThat(report.exitCode()).as(report.err()).isZero();
        JsonNode targets = new ObjectMapper().readTree(report.out()).path("targets");
        assertThat(targets).hasSize(2);
        JsonNode office = targets.get(0);
        assertThat(office.path("target").asText()).isEqualTo("Office");
        assertThat(office.path("seeds").asInt()).isEqualTo(2);

        // The same domain, settings and seed through train: the same size, the same popularity HR
        // (the split does not change with the seed), and the sweep's baseline is this run's model.
        CliRun train = CliRun.of("train", "--data", "sample-data/Office-synthetic.tsv", "--epochs", "1", "--early-stopping", "0",
                "--seed", "1", "--workspace", workspace.resolve("other").toString(), "--json", "-q");
        assertThat(train.exitCode()).as(train.err()).isZero();
        JsonNode trained = new ObjectMapper().readTree(train.out());
        assertThat(office.path("popularityHr").asDouble()).isEqualTo(trained.path("popularity").path("hr").asDouble());
        assertThat(office.path("popularitySd").asDouble()).isZero();
        assertThat(office.path("users").asDouble()).isEqualTo(trained.path("users").asDouble());
        double sparsity = 100 * (1 - office.path("interactions").asDouble() / (office.path("users").asDouble() * office.path("items").asDouble()));
        assertThat(office.path("sparsityPercent").asDouble()).isEqualTo(sparsity);

        CliRun md = CliRun.of("report", "targets", "--sweep", "t2", "--workspace", workspace.toString());
        assertThat(md.out()).contains("| Office |").contains("(2) |");
        assertThat(CliRun.of("report", "targets", "--sweep", "t2", "--workspace", workspace.toString(), "--format", "csv").exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }
}
