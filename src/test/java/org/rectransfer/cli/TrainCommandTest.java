package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.eval.RankingMetrics;

class TrainCommandTest {
    private static final String OFFICE = "sample-data/Office-synthetic.tsv";
    @TempDir
    Path workspace;

    private JsonNode train(String... extra) throws Exception {
        String[] base = {"train", "--data", OFFICE, "--epochs", "2", "--workspace", workspace.toString(), "--json"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("epoch 2/");
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void trainsStoresAndReportsTheContractKeys() throws Exception {
        JsonNode result = train();
        for (String key : new String[] {"run", "hr", "ndcg", "mrr", "epochs", "samplesPerSecond"}) {
            assertThat(result.has(key)).as(key).isTrue();
        }
        assertThat(result.get("epochs")).hasSize(2);
        assertThat(result.get("hr").asDouble()).isBetween(0.0, 1.0);
        assertThat(result.get("samplesPerSecond").asDouble()).isPositive();
        String id = result.get("run").asText();
        assertThat(Files.exists(workspace.resolve("models/" + id + ".zip"))).isTrue();
        assertThat(Files.exists(workspace.resolve("models/" + id + ".zip.json"))).isTrue();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"));
             ResultSet runs = db.createStatement().executeQuery("SELECT status, hr, epochs FROM runs WHERE id = '" + id + "'")) {
            assertThat(runs.next()).isTrue();
            assertThat(runs.getString("status")).isEqualTo("done");
            assertThat(runs.getDouble("hr")).isEqualTo(result.get("hr").asDouble());
            assertThat(runs.getInt("epochs")).isEqualTo(2);
            ResultSet hits = db.createStatement().executeQuery(
                    "SELECT COUNT(*), AVG(hit) FROM user_hits WHERE run_id = '" + id + "'");
            hits.next();
            assertThat(hits.getInt(1)).isEqualTo(result.get("users").asInt());
            assertThat(hits.getDouble(2)).isCloseTo(result.get("hr").asDouble(), org.assertj.core.data.Offset.offset(1e-12));
            // Every registered metric is printed beside hr and stored as a row of run_metrics.
            for (String metric : RankingMetrics.names()) {
                assertThat(result.get(metric).isNumber()).as(metric).isTrue();
                assertThat(result.get("popularity").get(metric).isNumber()).as(metric).isTrue();
                ResultSet stored = db.createStatement().executeQuery("SELECT value FROM run_metrics WHERE run_id = '" + id
                        + "' AND protocol = 'sampled' AND metric = '" + metric + "'");
                assertThat(stored.next()).as(metric).isTrue();
                assertThat(stored.getDouble(1)).as(metric).isEqualTo(result.get(metric).asDouble());
            }
        }
    }

    @Test
    void sameSeedGivesTheSameNumbersAndAnotherSeedDifferent() throws Exception {
        JsonNode first = train("--seed", "3");
        JsonNode again = train("--seed", "3");
        assertThat(again.get("hr").asDouble()).isEqualTo(first.get("hr").asDouble());
        assertThat(again.get("epochs").get(1).get("loss").asDouble()).isEqualTo(first.get("epochs").get(1).get("loss").asDouble());
        assertThat(again.get("run").asText()).isNotEqualTo(first.get("run").asText());
        JsonNode other = train("--seed", "4");
        assertThat(other.get("epochs").get(1).get("loss").asDouble()).isNotEqualTo(first.get("epochs").get(1).get("loss").asDouble());
    }

    @Test
    void badOptionsAreUsageErrors() {
        for (String[] args : new String[][] {
                {"train", "--data", OFFICE, "--epochs", "0", "--workspace", workspace.toString()},
                {"train", "--data", OFFICE, "--optimizer", "sgd", "--workspace", workspace.toString()},
                {"train", "--data", OFFICE, "--layers", "64,x", "--workspace", workspace.toString()},
                {"train", "--data", OFFICE, "--embedding", "60000", "--workspace", workspace.toString()},
                {"train", "--data", OFFICE, "--layers", "64,100000", "--workspace", workspace.toString()},
                {"train", "--data", "missing.tsv", "--workspace", workspace.toString()},
                {"train", "--workspace", workspace.toString()}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args) + " -> " + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err().strip().lines().count()).isLessThanOrEqualTo(2);
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aFilterThatLeavesNobodyIsBadInput() {
        CliRun run = CliRun.of("train", "--data", OFFICE, "--min-user", "100000", "--workspace", workspace.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no user is left");
    }

    @Test
    void aDivergingRunStopsWithOneLineAndIsRecordedAsFailed() throws Exception {
        CliRun run = CliRun.of("train", "--data", OFFICE, "--epochs", "3", "--lr", "1e30", "--workspace", workspace.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("training diverged: loss is").contains("try a lower --lr");
        assertThat(run.out()).isEmpty();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"));
             ResultSet runs = db.createStatement().executeQuery("SELECT status, error FROM runs")) {
            assertThat(runs.next()).isTrue();
            assertThat(runs.getString("status")).isEqualTo("failed");
            assertThat(runs.getString("error")).contains("diverged");
        }
    }

    @Test
    void earlyStoppingEndsBeforeTheLastEpochAndKeepsTheBest() throws Exception {
        CliRun run = CliRun.of("train", "--data", OFFICE, "--epochs", "40", "--early-stopping", "2",
                "--workspace", workspace.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());
        int trained = result.get("epochs").size();
        assertThat(trained).isLessThan(40);
        assertThat(result.get("bestEpoch").asInt()).isBetween(1, trained - 2);
        assertThat(result.get("epochs").get(0).get("validationHr").isNumber()).isTrue();
    }

    @Test
    void convergedTrainingIsTheDefaultAndThePapersScheduleOneOptionAway() throws Exception {
        JsonNode converged = new ObjectMapper().readTree(CliRun.of("train", "--data", OFFICE, "--epochs", "3",
                "--workspace", workspace.toString(), "--json").out());
        assertThat(converged.get("epochs").get(0).get("validationHr").isNumber()).as("validated every epoch").isTrue();
        CliRun paper = CliRun.of("train", "--data", OFFICE, "--epochs", "3", "--paper-schedule",
                "--workspace", workspace.toString(), "--json");
        assertThat(paper.exitCode()).as(paper.err()).isZero();
        JsonNode fixed = new ObjectMapper().readTree(paper.out());
        assertThat(fixed.get("epochs")).hasSize(3);
        assertThat(fixed.get("bestEpoch").asInt()).as("the last epoch is evaluated").isEqualTo(3);
        assertThat(fixed.get("epochs").get(0).get("validationHr").isNumber()).as("no validation hold-out").isFalse();
    }

    @Test
    void aNegativeWarmUpIsAUsageError() {
        CliRun run = CliRun.of("train", "--data", OFFICE, "--warmup-epochs", "-1", "--workspace", workspace.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).contains("--warmup-epochs must be >= 0");
    }

    @Test
    void aCutOffThatEveryCandidateReachesIsAUsageError() {
        CliRun run = CliRun.of("train", "--data", OFFICE, "--k", "1000", "--workspace", workspace.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).contains("--k must be smaller than the number of ranked candidates (--eval-negatives + 1 = 100)");
    }

    @Test
    void aTuningRateThatIsNotPositiveIsAUsageErrorBeforeAnyWork() {
        CliRun transfer = CliRun.of("transfer", "--source", "no-such-run", "--data", OFFICE, "--config", "config-6",
                "--tune-lr", "-1", "--workspace", workspace.toString());
        assertThat(transfer.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(transfer.err().strip()).isEqualTo("rectransfer: --tune-lr must be a positive number, not -1.0");
        CliRun sweep = CliRun.of("sweep", "--sources", OFFICE, "--targets", "sample-data/Art-synthetic.tsv", "--tune-lr", "0",
                "--workspace", workspace.toString());
        assertThat(sweep.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(sweep.err()).contains("--tune-lr must be a positive number");
    }
}
