package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectransfer.experiment.TrainingSettings;

/** The lab's advanced settings without a window: the paper's values by default, their settings, their problems, the ETA. */
class LabHyperparametersTest {
    @Test
    void startAtThePapersValuesWithConvergedTraining() {
        LabHyperparameters values = new LabHyperparameters(null);
        assertThat(values.isPaper()).isTrue();
        assertThat(values.problem(100)).isNull();
        assertThat(values.settings(100)).isEqualTo(TrainingSettings.CONVERGED);
        assertThat(values.tuneLr(values.settings(100))).isEqualTo(0.001);
    }

    @Test
    void everyValueReachesTheRunsSettings() {
        LabHyperparameters values = new LabHyperparameters(null);
        values.lrProperty().set(0.005);
        values.tuneLrProperty().set(0.0001);
        values.batchProperty().set(512);
        values.negativesProperty().set(2);
        values.embeddingProperty().set(16);
        values.layersProperty().set("32, 16,8,4");
        values.patienceProperty().set(5);
        values.minEpochsProperty().set(3);
        TrainingSettings settings = values.settings(40);
        assertThat(values.isPaper()).isFalse();
        assertThat(values.problem(40)).isNull();
        assertThat(List.of(settings.epochs(), settings.batch(), settings.negatives(), settings.embedding(), settings.patience(),
                settings.minEpochs())).containsExactly(40, 512, 2, 16, 5, 3);
        assertThat(settings.lr()).isEqualTo(0.005);
        assertThat(settings.layers()).containsExactly(32, 16, 8, 4);
        assertThat(values.tuneLr(settings)).isEqualTo(0.0001);
        values.earlyStoppingProperty().set(false);
        TrainingSettings paper = values.settings(40);
        assertThat(paper.earlyStopping()).as("the paper's fixed schedule").isFalse();
        assertThat(paper.evalEvery()).as("its curve is the test items' HR of every epoch").isEqualTo(1);
        values.resetToPaper();
        assertThat(values.isPaper()).isTrue();
    }

    @Test
    void whatCannotRunIsSaidInOneLine() {
        LabHyperparameters values = new LabHyperparameters(null);
        values.layersProperty().set("64,32,16");
        assertThat(values.problem(100)).isEqualTo("Layers must be four widths, e.g. 64,32,16,8");
        values.layersProperty().set("64,x,16,8");
        assertThat(values.problem(100)).isEqualTo("Layers must be four widths, e.g. 64,32,16,8");
        values.resetToPaper();
        values.lrProperty().set(0);
        assertThat(values.problem(100)).isEqualTo("Invalid setting: lr must be a positive number");
        values.resetToPaper();
        values.tuneLrProperty().set(-1);
        assertThat(values.problem(100)).isEqualTo("The tuned layers' learning rate must be positive");
    }

    @Test
    void theTimeLeftIsEstimatedFromTheShareDoneOnceItMeansSomething() {
        assertThat(TaskStatus.estimate(0, 10)).isEmpty();
        assertThat(TaskStatus.estimate(0.01, 10)).isEqualTo("1 %");
        assertThat(TaskStatus.estimate(0.5, 3)).as("too early to say").isEqualTo("50 %");
        assertThat(TaskStatus.estimate(0.25, 30)).isEqualTo("25 % · about 1 min 30 s left");
        assertThat(TaskStatus.estimate(0.5, 20)).isEqualTo("50 % · about 20 s left");
        assertThat(TaskStatus.estimate(0.1, 900)).isEqualTo("10 % · about 2 h 15 min left");
        assertThat(TaskStatus.estimate(0.25, 30, true)).as("early stopping ends sooner").isEqualTo("25 % · at most about 1 min 30 s left");
    }
}
