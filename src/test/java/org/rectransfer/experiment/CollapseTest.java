package org.rectransfer.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.model.AdamSettings;
import org.rectransfer.model.LayerName;
import org.rectransfer.model.NcfInitializer;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.model.TransferPlan;

/**
 * A frozen tower whose last hidden layer is dead for every input scores every item alike: the
 * run must be reported as collapsed (HR 0 because nothing can be learned), and a live frozen
 * tower must not be.
 */
class CollapseTest {
    private static final TrainingSettings SETTINGS = TrainingSettings.PAPER.withSeed(3).withEpochs(2);

    private static RunResult runWithFrozenTower(float fc4Bias) {
        PreparedDomain domain = DomainPreparation.prepare(
                new DomainSource("Office", Path.of("sample-data/Office-synthetic.tsv")), ReadOptions.DEFAULT,
                FilterSpec.DEFAULT, SETTINGS);
        NetworkSpec spec = NetworkSpec.withDefaults(domain.data().users(), domain.data().items());
        NcfParameters tower = NcfInitializer.initialise(spec, 11);
        Arrays.fill(tower.biases(LayerName.fc(4)), fc4Bias);
        TransferPlan plan = TransferPlan.preset("config-1", spec.layers().size());
        ModelStart start = new ModelStart(plan.initialise(tower, spec, SETTINGS.seed()),
                plan.trainingPlan(AdamSettings.DEFAULT, SETTINGS.lr()));
        return RunExecutor.execute(domain, SETTINGS, start, RunListener.SILENT, () -> false);
    }

    @Test
    void aDeadFrozenTowerIsReportedAsCollapsed() {
        RunResult dead = runWithFrozenTower(-1000f);
        assertThat(dead.test().collapsed()).isTrue();
        assertThat(dead.test().flatUsers()).isEqualTo(dead.test().users()).isPositive();
        assertThat(dead.test().hr()).isZero();
    }

    @Test
    void aLiveFrozenTowerIsNot() {
        RunResult live = runWithFrozenTower(0.5f);
        assertThat(live.test().collapsed()).isFalse();
        assertThat(live.test().flatUsers()).isZero();
        assertThat(live.test().hr()).isPositive();
    }
}
