package org.rectransfer.store;

import org.rectransfer.experiment.RunKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that only read never create a workspace, and can read one they cannot write. */
class ReadOnlyWorkspaceTest {
    @TempDir
    Path root;

    @Test
    void readingAFolderWithoutAWorkspaceFailsAndCreatesNothing() {
        Path missing = root.resolve("nothing-here");
        assertThatThrownBy(() -> Workspace.openForReading(missing)).isInstanceOf(NoSuchWorkspaceException.class)
                .hasMessageContaining("no workspace in " + missing);
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void aWorkspaceOpenedReadOnlyShowsItsRunsAndWritesNothing() throws Exception {
        Path dir = root.resolve("ws");
        String id;
        try (Workspace store = Workspace.open(dir)) {
            id = store.begin(new NewRun(RunKind.BASELINE, "Office", "Office.tsv", "abc", null, null, 1, "{}", "{}"));
        }
        long modified = Files.getLastModifiedTime(dir.resolve("workspace.db")).toMillis();
        try (Workspace store = Workspace.openReadOnly(dir)) {
            assertThat(store.runs()).extracting(StoredRun::id).containsExactly(id);
            assertThatThrownBy(() -> store.begin(new NewRun(RunKind.BASELINE, "Office", "Office.tsv", "abc", null, null, 2, "{}", "{}")))
                    .isInstanceOf(RuntimeException.class);
        }
        assertThat(Files.getLastModifiedTime(dir.resolve("workspace.db")).toMillis()).isEqualTo(modified);
    }
}
