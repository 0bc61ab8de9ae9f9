package org.rectransfer.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.data.BadInputException;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.experiment.RunStatus;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.TransferPlan;
import org.rectransfer.store.Workspace;

/** The transfer study's outcome when one stage fails while another trains. */
class TransferStudyTest {
    @TempDir
    Path dir;

    /**
     * The target's baseline fails at once (a malformed line) while the source trains: the source is
     * stopped, and the study must report the target's error, not the source's cancellation. (Before
     * the fix it threw "cancelled" whenever the source was stopped rather than finished.)
     */
    @Test
    void aBaselineThatFailsWhileTheSourceTrainsReportsItsErrorNotACancellation() throws Exception {
        Path source = Path.of("sample-data/Cellphone-synthetic.tsv").toAbsolutePath();
        Path target = dir.resolve("Broken-target.tsv");
        Files.writeString(target, "user\titem\tseq\nu1\ti1\t1\ngarbage\n");
        TransferRequest request = new TransferRequest(source, target, TrainingSettings.CONVERGED.withEpochs(200),
                TrainingSettings.CONVERGED.lr(), 1, TransferPlan.preset("config-6", 4));
        try (Workspace store = Workspace.open(dir.resolve("ws"))) {
            assertThatThrownBy(() -> TransferStudy.run(request, store, new StudyCache(), new Quiet(), () -> false))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageEndingWith("Broken-target.tsv:3: expected 3 tab-separated columns, found 1");
            assertThat(store.runs()).noneMatch(run -> run.status() == RunStatus.RUNNING);
        }
    }

    private static final class Quiet implements TransferStudy.Listener {
        @Override
        public void onEpoch(ModelRole role, long seed, EpochMetrics metrics) { }

        @Override
        public void onProgress(double fraction) { }

        @Override
        public void onStatus(String status) { }
    }
}
