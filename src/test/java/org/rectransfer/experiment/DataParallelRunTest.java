package org.rectransfer.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;

/** A whole run with data-parallel training steps (issue 13) is as reproducible as a one-thread run. */
class DataParallelRunTest {
    private static final TrainingSettings SETTINGS = TrainingSettings.PAPER.withSeed(3).withEpochs(3).withThreads(2);

    private static final DomainSource OFFICE = new DomainSource("Office", Path.of("sample-data/Office-synthetic.tsv"));

    private static PreparedDomain prepare(TrainingSettings settings) {
        return DomainPreparation.prepare(OFFICE, ReadOptions.DEFAULT, FilterSpec.DEFAULT, settings);
    }

    private static RunResult run(TrainingSettings settings) {
        PreparedDomain domain = prepare(settings);
        NetworkSpec spec = new NetworkSpec(domain.data().users(), domain.data().items(), settings.embedding(), settings.layers());
        return RunExecutor.execute(domain, settings, ModelStart.fresh(spec, settings.seed(), settings.lr()),
                RunListener.SILENT, () -> false);
    }

    @Test
    void twoThreadsTwiceGiveTheSameRun() {
        RunResult first = run(SETTINGS);
        RunResult second = run(SETTINGS);
        assertThat(first.test().hr()).isEqualTo(second.test().hr());
        assertThat(first.test().metrics()).isEqualTo(second.test().metrics());
        assertThat(first.epochs().stream().map(EpochMetrics::loss).toList())
                .isEqualTo(second.epochs().stream().map(EpochMetrics::loss).toList());
        assertSameParameters(first.params(), second.params());
    }

    /** The final result is the last epoch's evaluation (ranked once, not twice: the same parameters). */
    @Test
    void theFinalResultIsTheLastEpochsEvaluation() {
        RunResult result = run(SETTINGS.withThreads(1));
        List<EpochMetrics> epochs = result.epochs();
        assertThat(result.test().hr()).isEqualTo(epochs.get(epochs.size() - 1).hr());
    }

    /** A sweep runs one model per core: its runs train on one thread whatever --threads says. */
    @Test
    void aSweepTaskTrainsOnOneThreadWhateverTheSettingsSay() {
        TrainingSettings oneThread = SETTINGS.withThreads(1).withEpochs(2);
        RunResult task = SweepTaskRun.execute(new SweepTask(RunKind.BASELINE, OFFICE, null, "baseline", 3, 3),
                prepare(oneThread), oneThread.withThreads(2), oneThread.lr(), null);
        RunResult single = run(oneThread);
        assertSameParameters(task.params(), single.params());
        assertThat(task.test().hr()).isEqualTo(single.test().hr());
    }

    private static void assertSameParameters(NcfParameters a, NcfParameters b) {
        assertThat(a.userEmbedding()).isEqualTo(b.userEmbedding());
        assertThat(a.itemEmbedding()).isEqualTo(b.itemEmbedding());
        for (int k = 0; k < a.spec().denseCount(); k++) {
            assertThat(a.weights(k)).isEqualTo(b.weights(k));
            assertThat(a.biases(k)).isEqualTo(b.biases(k));
        }
    }
}
