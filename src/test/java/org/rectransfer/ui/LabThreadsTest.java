package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lab trains on as many threads as there are cores, at most two per seed (its source and its baseline). */
class LabThreadsTest {
    @Test
    void theCoresAtMostTwoPerSeed() {
        assertThat(TransferLabTask.threads(1, 2)).isEqualTo(2);
        assertThat(TransferLabTask.threads(3, 2)).isEqualTo(2);
        assertThat(TransferLabTask.threads(1, 8)).isEqualTo(2);
        assertThat(TransferLabTask.threads(3, 8)).isEqualTo(6);
        assertThat(TransferLabTask.threads(10, 8)).isEqualTo(8);
        assertThat(TransferLabTask.threads(1, 1)).isEqualTo(1);
    }
}
