package org.rectransfer.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The progress and status line of a transfer study over seeds, and the threads it trains on. */
class SeedProgressTest {
    @Test
    void theStatusLineSaysWhatEverySeedIsDoingAndProgressCountsAllModels() {
        SeedProgress progress = new SeedProgress(2);
        assertThat(progress.stage(2, "baseline epoch 3")).isEqualTo("Seeds 1: waiting · 2: baseline epoch 3");
        assertThat(progress.set(1, ModelRole.SOURCE, 1)).isEqualTo(1 / 6.0);
        assertThat(progress.set(2, ModelRole.TRANSFER, 0.5)).isEqualTo(1.5 / 6.0);
        assertThat(new SeedProgress(1).stage(1, "source epoch 1")).isEqualTo("Seed 1: source epoch 1");
    }

    /** As many threads as there are cores, at most two per seed (its source and its baseline). */
    @Test
    void theCoresAtMostTwoPerSeed() {
        assertThat(TransferStudy.threads(1, 2)).isEqualTo(2);
        assertThat(TransferStudy.threads(3, 2)).isEqualTo(2);
        assertThat(TransferStudy.threads(1, 8)).isEqualTo(2);
        assertThat(TransferStudy.threads(3, 8)).isEqualTo(6);
        assertThat(TransferStudy.threads(10, 8)).isEqualTo(8);
        assertThat(TransferStudy.threads(1, 1)).isEqualTo(1);
    }

    /** With data-parallel steps (--threads) the cores are shared among the models' step threads. */
    @Test
    void modelsTrainingOnSeveralThreadsShareTheCores() {
        assertThat(TransferStudy.threads(1, 2, 2)).isEqualTo(1);
        assertThat(TransferStudy.threads(3, 8, 2)).isEqualTo(4);
        assertThat(TransferStudy.threads(1, 2, 4)).isEqualTo(1);
        assertThat(TransferStudy.threads(3, 8, 1)).isEqualTo(TransferStudy.threads(3, 8));
    }
}
