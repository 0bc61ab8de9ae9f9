package org.rectransfer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EarlyStoppingTest {

    @Test
    void stopsAfterPatienceEpochsWithoutImprovementAndKeepsTheBestEpoch() {
        EarlyStopping stopping = new EarlyStopping(2);
        assertThat(stopping.update(1, 0.5)).isFalse();
        assertThat(stopping.update(2, 0.6)).isFalse();
        assertThat(stopping.update(3, 0.6)).isFalse();   // equal is no improvement
        assertThat(stopping.update(4, 0.55)).isTrue();
        assertThat(stopping.bestEpoch()).isEqualTo(2);
        assertThat(stopping.best()).isEqualTo(0.6);
    }

    @Test
    void neverStopsDuringTheWarmUpEvenOnAPlateau() {
        // A from-scratch model on a small target: a lucky first epoch, then a plateau before it learns.
        EarlyStopping stopping = new EarlyStopping(3, 10);
        assertThat(stopping.update(1, 0.30)).isFalse();
        for (int epoch = 2; epoch <= 9; epoch++) assertThat(stopping.update(epoch, 0.20)).as("epoch %d", epoch).isFalse();
        assertThat(stopping.update(10, 0.25)).as("patience long run out, warm-up just over").isTrue();
        assertThat(stopping.bestEpoch()).isEqualTo(1);
    }

    @Test
    void improvementDuringTheWarmUpCountsAsUsual() {
        EarlyStopping stopping = new EarlyStopping(3, 10);
        for (int epoch = 1; epoch <= 12; epoch++) assertThat(stopping.update(epoch, 0.1 * epoch)).isFalse();
        assertThat(stopping.update(13, 0.5)).isFalse();
        assertThat(stopping.update(14, 0.5)).isFalse();
        assertThat(stopping.update(15, 0.5)).isTrue();
        assertThat(stopping.bestEpoch()).isEqualTo(12);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new EarlyStopping(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarlyStopping(3, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
