package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped by SIGTERM (or Ctrl-C) is recorded as interrupted at once, not left running until the next open. */
class SignalTest {
    @TempDir
    Path workspace;

    private List<String> statuses() throws Exception {
        List<String> rows = new ArrayList<>();
        if (!Files.exists(workspace.resolve("workspace.db"))) return rows;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"))) {
            try (ResultSet tables = db.createStatement().executeQuery("SELECT 1 FROM sqlite_master WHERE name = 'runs'")) {
                if (!tables.next()) return rows;   // the process is still creating the workspace
            }
            try (ResultSet result = db.createStatement().executeQuery("SELECT status || '|' || COALESCE(error, '') FROM runs")) {
                while (result.next()) rows.add(result.getString(1));
            }
        }
        return rows;
    }

    @Test
    void sigtermMarksTheRunningRunInterrupted() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.rectransfer.Main",
                "train", "--data", "sample-data/Book-synthetic.tsv", "--epochs", "100", "--workspace", workspace.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && !statuses().contains("running|")) Thread.sleep(200);
            assertThat(statuses()).as("the run has begun").containsExactly("running|");
            process.destroy();   // SIGTERM
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        // Read without opening a Workspace, which would mark the dead process's run by itself.
        assertThat(statuses()).containsExactly("failed|interrupted: the process was stopped before the run finished");
    }
}
