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

/** A sweep killed with SIGKILL again and again, then rerun, ends with the results of an uninterrupted sweep and leaves nothing behind. */
class SweepResumeTest {
    private static final String[] SWEEP = {"sweep", "--sources", "sample-data/Art-synthetic.tsv",
            "--targets", "sample-data/Office-synthetic.tsv", "sample-data/Garden-synthetic.tsv",
            "--configs", "config-1,config-7", "--seeds", "1", "--epochs", "2", "--parallel", "1", "--name", "resume-test"};
    private static final int TASKS = 1 + 2 + 2 * 2;
    private static final int KILLS = 10;

    @TempDir
    Path reference;
    @TempDir
    Path killed;

    @Test
    void sweepKilledTenTimesAtRandomMomentsResumesToTheResultsOfAnUninterruptedOne() throws Exception {
        CliRun uninterrupted = CliRun.of(withWorkspace(reference, "--json"));
        assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();
        Map<String, Double> expected = hitRatios(reference);
        assertThat(expected).hasSize(TASKS);

        // Ten SIGKILLs (no shutdown hook, no cleanup) at seeded random moments: during start-up, while
        // a checkpoint is written, between a run's results and its being marked done, and so on.
        java.util.Random moments = new java.util.Random(10);
        int kills = 0;
        for (int attempt = 0; kills < KILLS && attempt < 3 * KILLS; attempt++) {
            Process process = startSubprocess(withWorkspace(killed));
            boolean finished = process.waitFor(400 + moments.nextInt(3600), TimeUnit.MILLISECONDS);
            if (finished) break;  // the sweep ended before this kill: nothing left to interrupt
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            kills++;
        }
        int doneAfterKills = hitRatios(killed).size();
        assertThat(kills).as("killed %d times before the sweep could finish", kills).isGreaterThanOrEqualTo(Math.min(KILLS, 3));

        CliRun resumed = CliRun.of(withWorkspace(killed, "--json"));
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        JsonNode outcome = new ObjectMapper().readTree(resumed.out());
        assertThat(outcome.get("skipped").asInt()).isEqualTo(doneAfterKills);
        assertThat(outcome.get("ran").asInt()).isEqualTo(TASKS - doneAfterKills);
        assertThat(hitRatios(killed)).isEqualTo(expected);
        // Runs the kills cut short are no longer "running": reopening marked them interrupted.
        assertThat(statuses(killed)).doesNotContainKey("running");
        assertThat(statuses(killed).getOrDefault("failed", 0)).isLessThanOrEqualTo(kills);
        // Nothing left behind: no temporary file, no checkpoint that no finished run owns.
        List<String> doneRuns = SweepProcess.column(killed, "SELECT id FROM runs WHERE status = 'done'");
        try (var files = Files.list(killed.resolve("models"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                assertThat(name).as("temporary file left").doesNotEndWith(".tmp");
                assertThat(doneRuns).as("owner of " + name).contains(name.substring(0, name.indexOf(".zip")));
            }
        }
        assertThat(SweepProcess.column(killed, "SELECT task_key FROM task_claims")).as("no claim left").isEmpty();
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
