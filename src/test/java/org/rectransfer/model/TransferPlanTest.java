package org.rectransfer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rectransfer.model.TransferMode.FRESH;
import static org.rectransfer.model.TransferMode.FROZEN;
import static org.rectransfer.model.TransferMode.TUNED;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransferPlanTest {

    private static List<TransferMode> modes(TransferPlan plan) {
        return List.of(plan.mode(LayerName.fc(1)), plan.mode(LayerName.fc(2)), plan.mode(LayerName.fc(3)),
                plan.mode(LayerName.fc(4)), plan.mode(LayerName.OUT));
    }

    @Test
    void presetsAreTable1WithOutFollowingFc4() {
        assertThat(modes(TransferPlan.preset("config-1", 4))).containsExactly(FROZEN, FROZEN, FROZEN, FROZEN, FROZEN);
        assertThat(modes(TransferPlan.preset("config-2", 4))).containsExactly(FROZEN, FROZEN, FROZEN, FRESH, FRESH);
        assertThat(modes(TransferPlan.preset("config-3", 4))).containsExactly(FROZEN, FROZEN, FRESH, FRESH, FRESH);
        assertThat(modes(TransferPlan.preset("config-4", 4))).containsExactly(FROZEN, FRESH, FRESH, FRESH, FRESH);
        assertThat(modes(TransferPlan.preset("config-5", 4))).containsExactly(FRESH, FROZEN, FROZEN, FROZEN, FROZEN);
        assertThat(modes(TransferPlan.preset("config-6", 4))).containsExactly(FRESH, FRESH, FROZEN, FROZEN, FROZEN);
        assertThat(modes(TransferPlan.preset("Config-7", 4))).containsExactly(FRESH, FRESH, FRESH, FROZEN, FROZEN);
        assertThat(modes(TransferPlan.preset("baseline", 4))).containsOnly(FRESH);
        assertThat(TransferPlan.preset("baseline", 4).transferred()).isEmpty();
    }

    @Test
    void customPlansParseAndOutFollowsTheLastLayerUnlessNamed() {
        TransferPlan plan = TransferPlan.parse("FC1=fresh,fc-2=frozen,FC3=tuned,FC4=frozen", 4);
        assertThat(modes(plan)).containsExactly(FRESH, FROZEN, TUNED, FROZEN, FROZEN);
        assertThat(plan.describe()).isEqualTo("FC1=fresh,FC2=frozen,FC3=tuned,FC4=frozen,OUT=frozen");
        TransferPlan outFresh = TransferPlan.parse("FC4=frozen,OUT=fresh", 4);
        assertThat(outFresh.mode(LayerName.OUT)).isEqualTo(FRESH);
        assertThat(outFresh.transferred()).containsExactly(LayerName.fc(4));
    }

    @Test
    void badPlansAreRejectedWithAReason() {
        assertThatThrownBy(() -> TransferPlan.preset("config-9", 4)).hasMessageContaining("config-1..config-7");
        assertThatThrownBy(() -> TransferPlan.parse("FC5=frozen", 4)).hasMessageContaining("FC5");
        assertThatThrownBy(() -> TransferPlan.parse("FC1=warm", 4)).hasMessageContaining("fresh, frozen or tuned");
        assertThatThrownBy(() -> TransferPlan.parse("USER_EMB=frozen", 4)).hasMessageContaining("USER_EMB");
        assertThatThrownBy(() -> TransferPlan.parse("FC1", 4)).hasMessageContaining("LAYER=MODE");
        assertThatThrownBy(() -> TransferPlan.preset("config-1", 3)).hasMessageContaining("--plan");
    }

    @Test
    void trainingPlanFreezesFrozenAndTunesTunedLayers() {
        TransferPlan plan = TransferPlan.parse("FC1=frozen,FC2=tuned", 4);
        TrainingPlan training = plan.trainingPlan(AdamSettings.DEFAULT.withLearningRate(0.01), 0.0001);
        assertThat(training.of(LayerName.fc(1)).trainable()).isFalse();
        assertThat(training.of(LayerName.fc(2)).learningRate()).isEqualTo(0.0001);
        assertThat(training.of(LayerName.fc(3)).learningRate()).isEqualTo(0.01);
        assertThat(training.of(LayerName.USER_EMBEDDING).trainable()).isTrue();
    }

    @Test
    void initialiseCopiesTransferredLayersOnlyAndNeverEmbeddings() {
        NetworkSpec sourceSpec = new NetworkSpec(7, 9, 4, List.of(8, 4, 2, 2));
        NcfParameters source = NcfInitializer.initialise(sourceSpec, 1);
        NetworkSpec targetSpec = new NetworkSpec(5, 6, 4, List.of(8, 4, 2, 2));
        NcfParameters target = TransferPlan.preset("config-6", 4).initialise(source, targetSpec, 2);
        NcfParameters fresh = NcfInitializer.initialise(targetSpec, 2);
        assertThat(target.weights(LayerName.fc(3))).containsExactly(source.weights(LayerName.fc(3)));
        assertThat(target.weights(LayerName.OUT)).containsExactly(source.weights(LayerName.OUT));
        assertThat(target.weights(LayerName.fc(1))).containsExactly(fresh.weights(LayerName.fc(1)));
        assertThat(target.userEmbedding()).containsExactly(fresh.userEmbedding());
        NetworkSpec otherTower = new NetworkSpec(5, 6, 4, List.of(8, 4, 2));
        assertThatThrownBy(() -> TransferPlan.preset("baseline", 4).initialise(source, otherTower, 1))
                .hasMessageContaining("differs");
    }

    @Test
    void aLayerNamedTwiceIsRefusedNotSilentlyOverwritten() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TransferPlan.parse("FC1=frozen,FC1=tuned", 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("plan names FC1 twice");
    }

    @Test
    void aPlanSaysInWordsWhatItTransfers() {
        assertThat(TransferPlan.preset("config-6", 4).summary()).isEqualTo("FC-3, FC-4, OUT frozen from the source; the rest fresh");
        assertThat(TransferPlan.preset("config-1", 4).summary()).isEqualTo("FC-1, FC-2, FC-3, FC-4, OUT frozen from the source; the rest fresh");
        assertThat(TransferPlan.preset("baseline", 4).summary()).isEqualTo("nothing transferred: every layer trained from scratch");
        assertThat(TransferPlan.parse("FC1=tuned,FC2=frozen", 4).summary()).isEqualTo("FC-2 frozen; FC-1 tuned from the source; the rest fresh");
        assertThat(TransferPlan.parse("FC1=tuned,FC2=frozen", 4).recordedName()).isEqualTo("FC1=tuned,FC2=frozen,FC3=fresh,FC4=fresh,OUT=fresh");
        assertThat(TransferPlan.preset("config-7", 4).recordedName()).isEqualTo("config-7");
    }
}
