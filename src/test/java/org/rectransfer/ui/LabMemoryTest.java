package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.model.LayerName;
import org.rectransfer.model.TransferMode;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The lab's choices come back in the next session, as far as they still make sense. */
class LabMemoryTest {
    private static final List<Path> FILES = List.of(Path.of("Art-synthetic.tsv"), Path.of("Book-synthetic.tsv"),
            Path.of("Office-synthetic.tsv"));
    private final Preferences preferences = Preferences.userRoot().node("rectransfer-test-" + System.nanoTime());

    @TempDir
    Path workspace;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    private TransferLabViewModel lab(List<Path> files) {
        return onFx(() -> new TransferLabViewModel(files, workspace, work -> { throw new AssertionError("no training here"); }));
    }

    @Test
    void domainsPlanSeedsEpochsAndPresentationModeAreRestored() {
        TransferLabViewModel before = lab(FILES);
        onFx(() -> {
            before.sourceProperty().set(Path.of("Office-synthetic.tsv"));
            before.targetProperty().set(Path.of("Art-synthetic.tsv"));
            before.presetProperty().set("config-6");
            before.modeProperty(LayerName.fc(1)).set(TransferMode.TUNED);
            before.seedsProperty().set(5);
            before.epochsProperty().set(40);
            before.presentationProperty().set(true);
            LabMemory.save(before, preferences);
            return null;
        });
        TransferLabViewModel after = lab(FILES);
        onFx(() -> {
            LabMemory.restore(after, preferences);
            return null;
        });
        assertThat(onFx(() -> after.sourceProperty().get())).isEqualTo(Path.of("Office-synthetic.tsv"));
        assertThat(onFx(() -> after.targetProperty().get())).isEqualTo(Path.of("Art-synthetic.tsv"));
        assertThat(onFx(() -> after.plan().describe())).isEqualTo("FC1=tuned,FC2=fresh,FC3=frozen,FC4=frozen,OUT=frozen");
        assertThat(onFx(() -> after.presetProperty().get())).isEqualTo(TransferLabViewModel.CUSTOM);
        assertThat(onFx(() -> after.seedsProperty().get())).isEqualTo(5);
        assertThat(onFx(() -> after.epochsProperty().get())).isEqualTo(40);
        assertThat(onFx(() -> after.presentationProperty().get())).isTrue();
    }

    /** The last session chose Book -> {@code added}, a file of the user's own, and saved. */
    private void saveWithTarget(Path added) {
        TransferLabViewModel before = lab(List.of(Path.of("Art-synthetic.tsv"), Path.of("Book-synthetic.tsv"), added));
        onFx(() -> {
            before.sourceProperty().set(Path.of("Book-synthetic.tsv"));
            before.targetProperty().set(added);
            LabMemory.save(before, preferences);
            return null;
        });
    }

    /** @return a lab of the next session, restored before the user's own files have joined its list */
    private TransferLabViewModel restoredBeforeTheUsersFiles() {
        TransferLabViewModel after = lab(FILES);
        onFx(() -> {
            LabMemory.restore(after, preferences);
            return null;
        });
        return after;
    }

    @Test
    void aDomainAddedByTheUserIsChosenWhenItJoinsTheListAfterTheRestore() {
        Path added = Path.of("/data/Office-2014.tsv.gz");
        saveWithTarget(added);
        // The next session: the user's own files are read in the background and offered after the restore.
        TransferLabViewModel after = restoredBeforeTheUsersFiles();
        assertThat(onFx(() -> after.targetProperty().get())).isNotEqualTo(added);
        onFx(() -> after.domains().add(added));
        assertThat(onFx(() -> after.targetProperty().get())).isEqualTo(added);
        assertThat(onFx(() -> after.sourceProperty().get())).isEqualTo(Path.of("Book-synthetic.tsv"));
    }

    @Test
    void aChoiceMadeBeforeTheStoredDomainArrivesIsKept() {
        Path added = Path.of("/data/Office-2014.tsv.gz");
        saveWithTarget(added);
        TransferLabViewModel after = restoredBeforeTheUsersFiles();
        onFx(() -> {
            after.targetProperty().set(Path.of("Office-synthetic.tsv"));
            after.domains().add(added);
            return null;
        });
        assertThat(onFx(() -> after.targetProperty().get())).isEqualTo(Path.of("Office-synthetic.tsv"));
    }

    @Test
    void aDomainNoLongerOfferedKeepsTheDefault() {
        TransferLabViewModel before = lab(FILES);
        onFx(() -> {
            before.sourceProperty().set(Path.of("Office-synthetic.tsv"));
            LabMemory.save(before, preferences);
            return null;
        });
        TransferLabViewModel after = lab(List.of(Path.of("Art-synthetic.tsv"), Path.of("Book-synthetic.tsv")));
        onFx(() -> {
            LabMemory.restore(after, preferences);
            return null;
        });
        assertThat(onFx(() -> after.sourceProperty().get())).isEqualTo(Path.of("Book-synthetic.tsv"));
    }

    private static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(30_000, work);
    }
}
