package org.rectransfer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.cli.Cli;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.SweepRunRecord;
import org.rectransfer.experiment.SweepStatus;

/**
 * Deleting runs removes their rows and files and nothing else; a sweep that listed one trains
 * that task again when resumed; a running run is never deleted.
 */
class RunDeletionTest {
    private static final String SOURCE = "sample-data/Cellphone-synthetic.tsv";
    private static final String TARGET = "sample-data/DigitalMusic-synthetic.tsv";
    /** Tables that hold a run's rows, with the column naming the run. */
    private static final Map<String, String> RUN_TABLES = Map.of("runs", "id", "run_metrics", "run_id", "epochs", "run_id",
            "user_hits", "run_id", "sweep_runs", "run_id");

    @TempDir
    Path workspace;

    private String trained;
    private String transferFromTrained;

    private JsonNode cli(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private JsonNode sweep() throws Exception {
        return cli("sweep", "--sources", SOURCE, "--targets", TARGET, "--configs", "config-7", "--seeds", "1", "--epochs", "1",
                "--parallel", "1", "--name", "tiny", "--workspace", workspace.toString(), "--json");
    }

    @BeforeEach
    void trainRuns() throws Exception {
        // Two epochs: other settings than the sweep's, so the sweep trains its own source.
        trained = cli("train", "--data", SOURCE, "--epochs", "2", "--workspace", workspace.toString(), "--json").get("run").asText();
        transferFromTrained = cli("transfer", "--source", trained, "--data", TARGET, "--config", "config-6", "--epochs", "1",
                "--workspace", workspace.toString(), "--json").get("run").asText();
        assertThat(sweep().get("ran").asInt()).isEqualTo(3);   // source, baseline, transfer
    }

    @Test
    void deletesTheRunsRowsAndFilesOnlyAndTheSweepTrainsItsTaskAgain() throws Exception {
        String sweepTransfer;
        try (Workspace store = Workspace.open(workspace)) {
            sweepTransfer = sweepRun(store, RunKind.TRANSFER);
            List<String> others = store.runs().stream().map(StoredRun::id).filter(id -> !id.equals(sweepTransfer) && !id.equals(trained))
                    .toList();
            assertThat(others).hasSize(3).contains(transferFromTrained);
            Map<String, Integer> before = rowCounts(store, store.runs().stream().map(StoredRun::id).toList());
            Map<String, Integer> othersBefore = rowCounts(store, others);
            assertThat(othersBefore.get("user_hits")).isPositive();

            RunDeletion.Preview preview = RunDeletion.preview(store, List.of(sweepTransfer, trained, "no-such-run"));
            assertThat(preview.runs()).containsExactly(sweepTransfer, trained);
            assertThat(preview.missing()).containsExactly("no-such-run");
            assertThat(preview.running()).isEmpty();
            assertThat(preview.deletable()).isTrue();
            assertThat(preview.modelFiles()).containsExactly("models/" + sweepTransfer + ".zip", "models/" + trained + ".zip");
            assertThat(preview.sweepTasks()).containsExactly(Map.entry("tiny", 1));
            assertThat(preview.keptTransfers()).containsExactly(transferFromTrained);
            assertThat(rowCounts(store, store.runs().stream().map(StoredRun::id).toList())).as("a preview changes nothing").isEqualTo(before);

            RunDeletion.Deleted deleted = RunDeletion.delete(store, List.of(sweepTransfer, trained));
            assertThat(deleted.runs()).containsExactly(sweepTransfer, trained);
            assertThat(deleted.modelFiles()).isEqualTo(4);   // two checkpoints with their sidecars
            assertThat(deleted.sweepTasks()).containsExactly(Map.entry("tiny", 1));

            for (String run : List.of(sweepTransfer, trained)) {
                assertThat(rowCounts(store, List.of(run)).values()).as("rows of " + run).containsOnly(0);
                assertThat(workspace.resolve("models/" + run + ".zip")).doesNotExist();
                assertThat(workspace.resolve("models/" + run + ".zip.json")).doesNotExist();
            }
            // Every other run keeps its rows and its checkpoint.
            assertThat(store.runs()).extracting(StoredRun::id).containsExactlyInAnyOrderElementsOf(others);
            assertThat(rowCounts(store, others)).isEqualTo(othersBefore);
            for (String run : others) assertThat(workspace.resolve("models/" + run + ".zip")).exists();
            assertThat(SweepResults.list(store).get(0).status()).as("no longer done").isEqualTo(SweepStatus.INCOMPLETE);
            assertThat(SweepResults.load(store, "tiny")).extracting(SweepRunRecord::kind)
                    .containsExactly(RunKind.SOURCE, RunKind.BASELINE);
        }

        JsonNode resumed = sweep();
        assertThat(resumed.get("ran").asInt()).isEqualTo(1);
        assertThat(resumed.get("skipped").asInt()).isEqualTo(2);
        try (Workspace store = Workspace.open(workspace)) {
            List<SweepRunRecord> runs = SweepResults.load(store, "tiny");
            assertThat(runs).extracting(SweepRunRecord::kind).containsExactly(RunKind.SOURCE, RunKind.BASELINE, RunKind.TRANSFER);
            assertThat(runs.get(2).runId()).isNotEqualTo(sweepTransfer);
            assertThat(SweepResults.list(store).get(0).status()).isEqualTo(SweepStatus.DONE);
        }
    }

    @Test
    void aRunningRunIsNotDeletedAndNeitherAreTheOthersAskedWithIt() throws Exception {
        try (Workspace store = Workspace.open(workspace)) {
            String running = store.begin(new NewRun(RunKind.BASELINE, "Cellphone", SOURCE, "hash", null, "baseline", 7, "{}",
                    StoreJson.write(Provenance.of(List.of("test")))));
            RunDeletion.Preview preview = RunDeletion.preview(store, List.of(trained, running));
            assertThat(preview.running()).containsExactly(running);
            assertThat(preview.deletable()).isFalse();

            assertThatThrownBy(() -> RunDeletion.delete(store, List.of(trained, running)))
                    .isInstanceOf(RunDeletion.RunStillRunningException.class)
                    .hasMessageContaining("run " + running + " is still running");
            assertThat(store.run(trained)).isPresent();
            assertThat(store.run(running)).isPresent();
            assertThat(workspace.resolve("models/" + trained + ".zip")).exists();

            store.fail(running, "stopped by the test");
            assertThat(RunDeletion.delete(store, List.of(running)).runs()).containsExactly(running);
            assertThat(store.run(running)).isEmpty();
        }
    }

    private static String sweepRun(Workspace store, RunKind kind) {
        return SweepResults.load(store, "tiny").stream().filter(run -> run.kind() == kind).findFirst().orElseThrow().runId();
    }

    /** @return rows per table that belong to {@code runs} */
    private static Map<String, Integer> rowCounts(Workspace store, List<String> runs) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        for (Map.Entry<String, String> table : RUN_TABLES.entrySet()) {
            int total = 0;
            for (String id : runs) {
                try (PreparedStatement query = store.connection().prepareStatement(
                        "SELECT COUNT(*) FROM " + table.getKey() + " WHERE " + table.getValue() + " = ?")) {
                    query.setString(1, id);
                    try (ResultSet rows = query.executeQuery()) {
                        rows.next();
                        total += rows.getInt(1);
                    }
                }
            }
            counts.put(table.getKey(), total);
        }
        return counts;
    }
}
