package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep name resumes only the study it was started with (issue 10: resume trusts the contents, not the name). */
class SweepSpecMismatchTest {
    @TempDir
    Path workspace;
    @TempDir
    Path data;

    private CliRun sweep(String source, String target, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "--sources", source, "--targets", target, "--configs", "config-7",
                "--seeds", "1", "--epochs", "1", "--name", "study", "--workspace", workspace.toString(), "--json"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private int runs() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"));
             ResultSet rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM runs")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    @Test
    void theSameCommandResumesAndOtherSettingsUnderTheSameNameAreRefused() throws Exception {
        Path art = Files.copy(Path.of("sample-data/Art-synthetic.tsv"), data.resolve("Art.tsv"));
        Path garden = Files.copy(Path.of("sample-data/Garden-synthetic.tsv"), data.resolve("Garden.tsv"));
        CliRun first = sweep(art.toString(), garden.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(runs()).isEqualTo(3);

        CliRun again = sweep(art.toString(), garden.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(new ObjectMapper().readTree(again.out()).path("skipped").asInt()).isEqualTo(3);

        CliRun otherEpochs = sweep(art.toString(), garden.toString(), "--lr", "0.01");
        assertThat(otherEpochs.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(otherEpochs.err().strip()).doesNotContain("\n")
                .contains("sweep 'study' was started with other settings").contains("settings.lr: 0.001 -> 0.01")
                .contains("give this study a new --name");
        assertThat(otherEpochs.out()).isEmpty();

        // The same path with other bytes is another study too.
        Files.writeString(garden, Files.readString(garden).lines().limit(4000).reduce("", (a, b) -> a + b + "\n"));
        CliRun edited = sweep(art.toString(), garden.toString());
        assertThat(edited.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(edited.err()).contains("data.Garden=" + garden);
        assertThat(runs()).as("nothing trained by the refused commands").isEqualTo(3);
    }

    @Test
    void replaceKeepsTheOldStudyReadableUnderANewNameAndStartsTheNewOne() throws Exception {
        CliRun first = sweep("sample-data/Art-synthetic.tsv", "sample-data/Garden-synthetic.tsv");
        assertThat(first.exitCode()).as(first.err()).isZero();
        CliRun refused = sweep("sample-data/Art-synthetic.tsv", "sample-data/Garden-synthetic.tsv", "--lr", "0.01");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("settings.lr: 0.001 -> 0.01").contains("--replace");

        CliRun replaced = sweep("sample-data/Art-synthetic.tsv", "sample-data/Garden-synthetic.tsv", "--lr", "0.01", "--replace");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.err()).contains("sweep study had other settings: kept as study~1");
        assertThat(new ObjectMapper().readTree(replaced.out()).path("ran").asInt()).isEqualTo(3);

        CliRun oldReport = CliRun.of("report", "gains", "--sweep", "study~1", "--workspace", workspace.toString(), "--json");
        CliRun newReport = CliRun.of("report", "gains", "--sweep", "study", "--workspace", workspace.toString(), "--json");
        assertThat(oldReport.exitCode()).as(oldReport.err()).isZero();
        assertThat(newReport.exitCode()).as(newReport.err()).isZero();
        double oldBaseline = new ObjectMapper().readTree(oldReport.out()).findValue("baselineHr").asDouble();
        double newBaseline = new ObjectMapper().readTree(newReport.out()).findValue("baselineHr").asDouble();
        assertThat(oldBaseline).as("the kept study still reports its own baseline").isNotEqualTo(newBaseline);
        assertThat(runs()).isEqualTo(6);
    }

    @Test
    void aMissingDataFileStopsTheSweepBeforeAnyTraining() throws Exception {
        CliRun run = sweep("sample-data/Art-synthetic.tsv", data.resolve("Nowhere.tsv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).contains("Nowhere.tsv").doesNotContain("\n");
        assertThat(Files.exists(workspace.resolve("workspace.db")) ? runs() : 0).isZero();
    }

    @Test
    void aRelativeDataPathIsRecordedAbsoluteSoTheSweepReadsTheSameFilesFromAnywhere() throws Exception {
        CliRun run = sweep("sample-data/Art-synthetic.tsv", "sample-data/Garden-synthetic.tsv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"));
             ResultSet rows = db.createStatement().executeQuery("SELECT data_file FROM runs")) {
            while (rows.next()) {
                String file = rows.getString(1);
                Path path = Path.of(file.contains("=") ? file.substring(file.indexOf('=') + 1) : file);
                assertThat(path.isAbsolute()).as(file).isTrue();
                assertThat(Files.isRegularFile(path)).as(file).isTrue();
            }
        }
    }

    @Test
    void aReadCommandOnAFolderWithoutAWorkspaceIsBadInputAndCreatesNothing() {
        Path missing = workspace.resolve("not-a-workspace");
        CliRun run = CliRun.of("report", "gains", "--sweep", "study", "--workspace", missing.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).startsWith("rectransfer: no workspace in " + missing).doesNotContain("\n");
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void aDomainNamedTwiceIsAUsageErrorNotTwoTasksForOneKey() throws Exception {
        CliRun run = CliRun.of("sweep", "--sources", "sample-data/Art-synthetic.tsv", "--targets", "sample-data/Garden-synthetic.tsv",
                "sample-data/Garden-synthetic.tsv", "--workspace", workspace.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("rectransfer: --targets names the domain Garden twice (give it another name: NAME=PATH)");
        assertThat(Files.exists(workspace.resolve("workspace.db")) ? runs() : 0).isZero();
    }
}
