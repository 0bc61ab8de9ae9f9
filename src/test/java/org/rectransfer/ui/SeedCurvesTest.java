package org.rectransfer.ui;

import org.rectransfer.study.MeanImportance;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectransfer.analysis.ImportanceFormula;
import org.rectransfer.analysis.ImportanceResult;
import org.rectransfer.analysis.LayerImportance;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.model.LayerName;
import org.rectransfer.report.NeuronImportance;

/** Curves and importances over seeds: the mean over the seeds that reached each epoch, and the band. */
class SeedCurvesTest {

    private static EpochMetrics epoch(int epoch, double loss, double hr) {
        return new EpochMetrics(epoch, loss, hr, Double.NaN, Double.NaN, 1, 1);
    }

    @Test
    void eachEpochAveragesTheSeedsThatReachedIt() {
        // Seed A stopped early after 2 epochs, seed B after 3; C's HR was not evaluated at epoch 1.
        List<EpochMetrics> points = List.of(
                epoch(1, 0.6, 0.2), epoch(2, 0.5, 0.3),
                epoch(1, 0.8, 0.4), epoch(2, 0.7, 0.5), epoch(3, 0.4, 0.6),
                epoch(1, 0.7, Double.NaN));
        SeedCurves loss = SeedCurves.of("baseline", points, EpochMetrics::loss);
        assertThat(loss.mean().epochs()).containsExactly(1, 2, 3);
        assertThat(loss.mean().values()).containsExactly(new double[] {0.7, 0.6, 0.4}, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(loss.band().lower()).containsExactly(0.6, 0.5, 0.4);
        assertThat(loss.band().upper()).containsExactly(0.8, 0.7, 0.4);
        assertThat(loss.band().runs()).containsExactly(3, 2, 1);

        SeedCurves hr = SeedCurves.of("baseline", points, EpochMetrics::hr);
        assertThat(hr.mean().values()).containsExactly(new double[] {0.3, 0.4, 0.6}, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(hr.band().runs()).containsExactly(2, 2, 1);
        assertThat(hr.mean().label()).isEqualTo("baseline");
        assertThat(hr.band().label()).isEqualTo("baseline");
    }

    @Test
    void theImportanceFigureAveragesEachNeuronOverTheSeedsSourceModels() {
        ImportanceResult a = new ImportanceResult(ImportanceFormula.TOTAL_RELATIVE_DROP,
                List.of(new LayerImportance(LayerName.fc(1), new double[] {1, 2}), new LayerImportance(LayerName.fc(2), new double[] {3})),
                10, 10, -0.5, 0);
        ImportanceResult b = new ImportanceResult(ImportanceFormula.TOTAL_RELATIVE_DROP,
                List.of(new LayerImportance(LayerName.fc(1), new double[] {3, 6}), new LayerImportance(LayerName.fc(2), new double[] {-1})),
                10, 10, -0.5, 0);
        NeuronImportance mean = MeanImportance.of(List.of(a, b), "mean");
        assertThat(mean.layers()).hasSize(2);
        assertThat(mean.layers().get(0).layer()).isEqualTo("FC-1");
        assertThat(mean.layers().get(0).importance()).containsExactly(2, 4);
        assertThat(mean.layers().get(1).importance()).containsExactly(1);
    }
}
