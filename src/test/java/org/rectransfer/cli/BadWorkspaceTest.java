package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --workspace that is a file or holds a damaged database, and an output that cannot be written: one line each. */
class BadWorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aFileGivenAsTheWorkspaceIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        CliRun run = CliRun.of("report", "gains", "--sweep", "x", "--workspace", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("rectransfer: no workspace in " + file + " (nothing has been trained there yet; check --workspace)");
        CliRun train = CliRun.of("train", "--data", "sample-data/Instrument-synthetic.tsv", "--workspace", file.toString());
        assertThat(train.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(train.err().strip()).isEqualTo("rectransfer: " + file + " is a file, not a workspace folder (check --workspace)");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void aDamagedDatabaseIsBadInputAndLeftAsItIs() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        byte[] garbage = new byte[4096];
        new java.util.Random(1).nextBytes(garbage);
        Files.write(workspace.resolve("workspace.db"), garbage);
        CliRun run = CliRun.of("report", "gains", "--sweep", "x", "--workspace", workspace.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").contains("workspace.db is not an SQLite database");
        assertThat(Files.readAllBytes(workspace.resolve("workspace.db"))).isEqualTo(garbage);
    }

    @Test
    void aFigureThatCannotBeWrittenNamesTheFileNotATemporaryOne() throws Exception {
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where a folder is wanted");
        CliRun train = CliRun.of("train", "--data", "sample-data/Instrument-synthetic.tsv", "--epochs", "1", "--paper-schedule",
                "--workspace", dir.resolve("ws").toString(), "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
        String run = new com.fasterxml.jackson.databind.ObjectMapper().readTree(train.out()).get("run").asText();
        Path out = blocked.resolve("curves.png");
        CliRun figure = CliRun.of("figure", "curves", "--run", run, "--out", out.toString(), "--workspace", dir.resolve("ws").toString());
        assertThat(figure.exitCode()).isNotZero();
        assertThat(figure.err().strip()).doesNotContain("\n").startsWith("rectransfer: cannot write " + out).doesNotContain(".tmp");
    }
}
