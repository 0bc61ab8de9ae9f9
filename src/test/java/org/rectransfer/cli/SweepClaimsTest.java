package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: two processes on one sweep train every task once; a damaged source model is trained
 * again; models of the same bytes, settings and seed are reused across sweeps unless --retrain.
 */
class SweepClaimsTest {
    private static final int TASKS = 1 + 2 + 2 * 2;

    @TempDir
    Path workspace;
    @TempDir
    Path logs;

    private String[] sweep(String name, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "--sources", "sample-data/Instrument-synthetic.tsv",
                "--targets", "sample-data/Cellphone-synthetic.tsv", "sample-data/Garden-synthetic.tsv",
                "--configs", "config-1,config-7", "--seeds", "1", "--epochs", "2", "--parallel", "1",
                "--name", name, "--workspace", workspace.toString(), "--json"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void twoProcessesOnOneSweepTrainEveryTaskOnceAndBothSucceed() throws Exception {
        Process first = SweepProcess.start(logs.resolve("first.log"), sweep("together"));
        Process second = SweepProcess.start(logs.resolve("second.log"), sweep("together"));
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String firstLog = Files.readString(logs.resolve("first.log"));
        String secondLog = Files.readString(logs.resolve("second.log"));
        assertThat(first.exitValue()).as(firstLog).isZero();
        assertThat(second.exitValue()).as(secondLog).isZero();

        assertThat(SweepProcess.column(workspace, "SELECT id FROM runs")).as("one run per task").hasSize(TASKS);
        assertThat(SweepProcess.column(workspace, "SELECT status FROM runs")).containsOnly("done");
        assertThat(SweepProcess.hitRatios(workspace, "together")).hasSize(TASKS);
        assertThat(SweepProcess.column(workspace, "SELECT task_key FROM task_claims")).as("no claim left").isEmpty();
        assertThat(SweepProcess.column(workspace, "SELECT status FROM sweeps WHERE id = 'together'")).containsExactly("done");
        JsonNode a = lastJson(firstLog);
        JsonNode b = lastJson(secondLog);
        assertThat(a.path("ran").asInt() + b.path("ran").asInt()).as("trained once in all").isEqualTo(TASKS);
        assertThat(a.path("ran").asInt() + a.path("skipped").asInt()).isEqualTo(TASKS);
        assertThat(b.path("ran").asInt() + b.path("skipped").asInt()).isEqualTo(TASKS);
        try (var models = Files.list(workspace.resolve("models"))) {
            assertThat(models.filter(f -> f.toString().endsWith(".zip")).count()).as("one checkpoint per run").isEqualTo(TASKS);
        }
    }

    @Test
    void aDamagedSourceModelIsTrainedAgainAndItsTransfersThenRun() throws Exception {
        CliRun whole = CliRun.of(sweep("damaged"));
        assertThat(whole.exitCode()).as(whole.err()).isZero();
        Map<String, Double> expected = SweepProcess.hitRatios(workspace, "damaged");
        // As if killed after the source finished: the transfers are not done, and the source's checkpoint is damaged.
        String sourceRun = SweepProcess.column(workspace, "SELECT run_id FROM sweep_runs WHERE task_key = 'source:Instrument:s1'").get(0);
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"))) {
            db.createStatement().execute("DELETE FROM sweep_runs WHERE kind = 'transfer'");
        }
        Path checkpoint = workspace.resolve("models").resolve(sourceRun + ".zip");
        byte[] bytes = Files.readAllBytes(checkpoint);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(checkpoint, bytes);

        CliRun resumed = CliRun.of(sweep("damaged"));
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("retrain source:Instrument:s1: the model of " + sourceRun + " is damaged")
                .contains("does not match the checksum");
        JsonNode outcome = new ObjectMapper().readTree(resumed.out());
        assertThat(outcome.path("ran").asInt()).as("the source and the four transfers").isEqualTo(5);
        assertThat(outcome.path("failed")).isEmpty();
        assertThat(SweepProcess.hitRatios(workspace, "damaged")).as("deterministic: the same results again").isEqualTo(expected);
        assertThat(SweepProcess.column(workspace, "SELECT status FROM runs WHERE id = '" + sourceRun + "'")).containsExactly("failed");
    }

    @Test
    void sourcesAndBaselinesAreReusedAcrossSweepsUnlessRetrainIsGiven() throws Exception {
        CliRun first = CliRun.of(sweep("first"));
        assertThat(first.exitCode()).as(first.err()).isZero();
        Map<String, Double> firstResults = SweepProcess.hitRatios(workspace, "first");

        CliRun second = CliRun.of(sweep("second"));
        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode outcome = new ObjectMapper().readTree(second.out());
        assertThat(outcome.path("reused").asInt()).as("one source and two baselines").isEqualTo(3);
        assertThat(outcome.path("ran").asInt()).as("only the transfers").isEqualTo(4);
        assertThat(second.err()).contains("reuse source:Instrument:s1");
        assertThat(SweepProcess.hitRatios(workspace, "second")).isEqualTo(firstResults);

        CliRun third = CliRun.of(sweep("third", "--retrain"));
        assertThat(third.exitCode()).as(third.err()).isZero();
        assertThat(new ObjectMapper().readTree(third.out()).path("ran").asInt()).isEqualTo(TASKS);
        assertThat(SweepProcess.hitRatios(workspace, "third")).isEqualTo(firstResults);
    }

    private static JsonNode lastJson(String log) throws Exception {
        String json = log.substring(log.lastIndexOf("\n{") + 1);
        return new ObjectMapper().readTree(json);
    }
}
