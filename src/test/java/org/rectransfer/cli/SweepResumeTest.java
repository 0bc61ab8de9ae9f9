package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep killed with SIGKILL mid-way, then rerun, ends with the results of an uninterrupted sweep. */
class SweepResumeTest {
    private static final String[] SWEEP = {"sweep", "--sources", "sample-data/Art-synthetic.tsv",
            "--targets", "sample-data/Office-synthetic.tsv", "sample-data/Garden-synthetic.tsv",
            "--configs", "config-1,config-7", "--seeds", "1", "--epochs", "2", "--parallel", "1", "--name", "resume-test"};
    private static final int TASKS = 1 + 2 + 2 * 2;

    @TempDir
    Path reference;
    @TempDir
    Path killed;

    @Test
    void killedSweepResumesAndMatchesAnUninterruptedOne() throws Exception {
        CliRun uninterrupted = CliRun.of(withWorkspace(reference, "--json"));
        assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();
        Map<String, Double> expected = hitRatios(reference);
        assertThat(expected).hasSize(TASKS);

        Process process = startSubprocess(withWorkspace(killed));
        int doneBeforeKill = waitForDoneRuns(killed, 2, process);
        process.destroyForcibly();  // SIGKILL: no shutdown hook, no cleanup
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int doneAfterKill = hitRatios(killed).size();
        assertThat(doneAfterKill).as("killed before the end").isLessThan(TASKS).isGreaterThanOrEqualTo(doneBeforeKill);

        CliRun resumed = CliRun.of(withWorkspace(killed, "--json"));
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        JsonNode outcome = new ObjectMapper().readTree(resumed.out());
        assertThat(outcome.get("skipped").asInt()).isEqualTo(doneAfterKill);
        assertThat(outcome.get("ran").asInt()).isEqualTo(TASKS - doneAfterKill);
        assertThat(hitRatios(killed)).isEqualTo(expected);
        // The run the kill cut short, if any, is no longer "running": reopening marked it interrupted.
        assertThat(statuses(killed)).doesNotContainKey("running");
        assertThat(statuses(killed).getOrDefault("failed", 0)).isLessThanOrEqualTo(1);
    }

    /** @return how many runs have each status */
    private static Map<String, Integer> statuses(Path workspace) throws Exception {
        Map<String, Integer> result = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"));
             ResultSet rows = db.createStatement().executeQuery("SELECT status, COUNT(*) FROM runs GROUP BY status")) {
            while (rows.next()) result.put(rows.getString(1), rows.getInt(2));
        }
        return result;
    }

    private static String[] withWorkspace(Path workspace, String... extra) {
        List<String> args = new ArrayList<>(List.of(SWEEP));
        args.add("--workspace");
        args.add(workspace.toString());
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    private static Process startSubprocess(String[] args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.rectransfer.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_NUM_THREADS", "1");
        return builder.start();
    }

    /** Polls the workspace until {@code wanted} tasks are done; @return how many were seen done. */
    private static int waitForDoneRuns(Path workspace, int wanted, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(workspace.resolve("workspace.db"))) {
                int done = hitRatios(workspace).size();
                if (done >= wanted) return done;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the sweep did not reach " + wanted + " finished runs (alive: " + process.isAlive() + ")");
    }

    /** @return HR@10 by task key of the finished runs of the test sweep */
    private static Map<String, Double> hitRatios(Path workspace) throws Exception {
        Map<String, Double> result = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"))) {
            db.createStatement().execute("PRAGMA busy_timeout=10000");
            if (!db.getMetaData().getTables(null, null, "sweep_runs", null).next()) return result;
            try (ResultSet rows = db.createStatement().executeQuery(
                    "SELECT s.task_key, r.hr FROM sweep_runs s JOIN runs r ON r.id = s.run_id WHERE s.sweep_id = 'resume-test'")) {
                while (rows.next()) result.put(rows.getString(1), rows.getDouble(2));
            }
        }
        return result;
    }
}
