package org.rectransfer.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingPlanTest {

    @Test
    void layersWithoutOverrideTrainAtTheBaseRate() {
        TrainingPlan plan = TrainingPlan.defaults();

        assertThat(plan.adam()).isEqualTo(new AdamSettings(0.001, 0.9, 0.999, 1e-8));
        assertThat(plan.of(LayerName.fc(2))).isEqualTo(LayerTraining.trainable(0.001));
    }

    @Test
    void overridesFreezeAndRetuneSingleLayers() {
        TrainingPlan plan = TrainingPlan.defaults()
                .withFrozen(LayerName.fc(1))
                .with(LayerName.fc(2), LayerTraining.trainable(0.0001));

        assertThat(plan.of(LayerName.fc(1)).trainable()).isFalse();
        assertThat(plan.adamFor(LayerName.fc(2)).learningRate()).isEqualTo(0.0001);
        assertThat(plan.adamFor(LayerName.fc(2)).beta2()).isEqualTo(0.999);
        assertThat(plan.of(LayerName.OUT).trainable()).isTrue();
    }
}
