package org.rectransfer.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;

/** The held-out items and their candidates follow the split seed, not the training seed. */
class SplitSeedTest {
    private static final DomainSource OFFICE = new DomainSource("Office", Path.of("sample-data/Office-synthetic.tsv"));

    private static PreparedDomain prepare(TrainingSettings settings) {
        return DomainPreparation.prepare(OFFICE, ReadOptions.DEFAULT, FilterSpec.DEFAULT, settings);
    }

    private static TrainingSettings withSplitSeed(long seed, long splitSeed) {
        TrainingSettings s = TrainingSettings.CONVERGED.withSeed(seed);
        return new TrainingSettings(s.epochs(), s.batch(), s.lr(), s.negatives(), s.embedding(), s.layers(), seed,
                s.evalNegatives(), s.k(), s.evalEvery(), s.optimizer(), s.threads(), s.holdOut(), s.patience(),
                s.minEpochs(), s.fullRanking(), splitSeed);
    }

    @Test
    void everyTrainingSeedIsEvaluatedOnTheSameHeldOutItemsByDefault() {
        PreparedDomain three = prepare(TrainingSettings.CONVERGED.withSeed(3));
        PreparedDomain four = prepare(TrainingSettings.CONVERGED.withSeed(4));
        assertThat(four.split().testItem()).isEqualTo(three.split().testItem());
        assertThat(four.candidates().negativesOf(0)).isEqualTo(three.candidates().negativesOf(0));
    }

    @Test
    void splitSeedZeroDrawsTheSplitFromTheTrainingSeedAsRunsStoredBeforeTheOption() {
        PreparedDomain three = prepare(withSplitSeed(3, 0));
        PreparedDomain four = prepare(withSplitSeed(4, 0));
        assertThat(four.split().testItem()).isNotEqualTo(three.split().testItem());
        assertThat(prepare(withSplitSeed(3, 0)).split().testItem()).isEqualTo(prepare(withSplitSeed(9, 3)).split().testItem());
    }
}
