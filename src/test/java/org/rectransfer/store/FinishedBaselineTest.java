package org.rectransfer.store;

import org.rectransfer.experiment.RunKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finished model is found again by data bytes and settings, whatever thread count evaluated it, unless its checkpoint is damaged. */
class FinishedBaselineTest {
    private static final String ONE_THREAD = "{\"training\":{\"epochs\":100,\"seed\":1,\"threads\":1},\"filter\":{\"minUser\":20}}";
    private static final String TWO_THREADS = "{\"training\":{\"epochs\":100,\"seed\":1,\"threads\":2},\"filter\":{\"minUser\":20}}";
    private static final String OTHER_EPOCHS = "{\"training\":{\"epochs\":50,\"seed\":1,\"threads\":1},\"filter\":{\"minUser\":20}}";

    @TempDir
    Path dir;

    private String finished(Workspace store, String settings) throws Exception {
        String id = store.begin(new NewRun(RunKind.BASELINE, "Art", "Art.tsv", "hash", null, "baseline", 1, settings,
                StoreJson.write(Provenance.of(java.util.List.of("test")))));
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models").resolve(id + ".zip"), "model");
        Sql.update(store.connection(), "UPDATE runs SET status = 'done', model_file = ?, model_sha256 = ? WHERE id = ?", "models/" + id + ".zip",
                org.rectransfer.experiment.DomainPreparation.sha256(dir.resolve("models").resolve(id + ".zip")), id);
        return id;
    }

    @Test
    void theThreadCountDoesNotMatterTheOtherSettingsDo() throws Exception {
        try (Workspace store = Workspace.open(dir)) {
            String run = finished(store, ONE_THREAD);
            assertThat(store.finishedModel("hash", TWO_THREADS)).map(StoredRun::id).contains(run);
            assertThat(store.finishedModel("hash", ONE_THREAD)).map(StoredRun::id).contains(run);
            assertThat(store.finishedModel("hash", OTHER_EPOCHS)).isEmpty();
            assertThat(store.finishedModel("other hash", ONE_THREAD)).isEmpty();
            Files.write(dir.resolve("models").resolve(run + ".zip"), new byte[] {1, 2, 3});
            assertThat(store.finishedModel("hash", ONE_THREAD)).as("a damaged checkpoint is not reused").isEmpty();
        }
    }

    @Test
    void identityDropsOnlyTheTrainingThreads() {
        assertThat(SettingsIdentity.of(ONE_THREAD)).isEqualTo(SettingsIdentity.of(TWO_THREADS)).doesNotContain("threads");
        assertThat(SettingsIdentity.of(ONE_THREAD)).isNotEqualTo(SettingsIdentity.of(OTHER_EPOCHS));
        assertThat(SettingsIdentity.of("not json")).isEqualTo("not json");
    }
}
