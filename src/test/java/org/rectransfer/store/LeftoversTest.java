package org.rectransfer.store;

import org.rectransfer.experiment.RunStatus;
import org.rectransfer.experiment.RunKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a workspace collects the files of models/ that no run will use, and nothing else. */
class LeftoversTest {
    @TempDir
    Path dir;

    private static String begin(Workspace store, String domain) {
        return store.begin(new NewRun(RunKind.BASELINE, domain, domain + ".tsv", "hash", null, "baseline", 1, "{}",
                StoreJson.write(Provenance.of(java.util.List.of("test")))));
    }

    private Path touch(String name) throws Exception {
        return Files.writeString(dir.resolve("models").resolve(name), "x");
    }

    @Test
    void tempFilesAndCheckpointsOfFailedOrUnknownRunsGoTheRestStays() throws Exception {
        String running;
        String done;
        String failed;
        try (Workspace store = Workspace.open(dir)) {
            running = begin(store, "Running");
            done = begin(store, "Done");
            failed = begin(store, "Failed");
            Sql.update(store.connection(), "UPDATE runs SET status = 'done', model_file = ? WHERE id = ?", "models/" + done + ".zip", done);
            store.fail(failed, "diverged");
        }
        Path runningTmp = touch("." + running + ".zip123.tmp");
        Path runningZip = touch(running + ".zip");
        Path doneZip = touch(done + ".zip");
        Path doneSidecar = touch(done + ".zip.json");
        Path doneTmp = touch("." + done + ".zip.json456.tmp");
        Path failedZip = touch(failed + ".zip");
        Path failedSidecar = touch(failed + ".zip.json");
        Path orphan = touch("Nobody-b-123456.zip");
        Path unrelated = touch("notes.txt");
        try (Workspace store = Workspace.open(dir)) {
            assertThat(store.run(running).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        }
        assertThat(runningTmp).exists();
        assertThat(runningZip).exists();
        assertThat(doneZip).exists();
        assertThat(doneSidecar).exists();
        assertThat(unrelated).exists();
        assertThat(doneTmp).doesNotExist();
        assertThat(failedZip).doesNotExist();
        assertThat(failedSidecar).doesNotExist();
        assertThat(orphan).doesNotExist();
    }

    @Test
    void namesOfModelFilesGiveTheirRun() {
        assertThat(Leftovers.runOf("Office-b-1a2b3c.zip")).isEqualTo("Office-b-1a2b3c");
        assertThat(Leftovers.runOf("Office-b-1a2b3c.zip.json")).isEqualTo("Office-b-1a2b3c");
        assertThat(Leftovers.runOf(".Office-b-1a2b3c.zip8271.tmp")).isEqualTo("Office-b-1a2b3c");
        assertThat(Leftovers.runOf(".Office-b-1a2b3c.zip.json99.tmp")).isEqualTo("Office-b-1a2b3c");
        assertThat(Leftovers.runOf("notes.txt")).isNull();
        assertThat(Leftovers.runOf("Office.zip.bak")).isNull();
    }
}
