package org.rectransfer.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rectransfer.analysis.ErasureSamples;
import org.rectransfer.analysis.ImportanceFormula;
import org.rectransfer.analysis.ImportanceResult;
import org.rectransfer.analysis.LayerImportance;
import org.rectransfer.analysis.NeuronImportance;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.model.NetworkSpec;

/**
 * Neuron importance on a really trained model, where the paper's per-sample ratio explodes
 * (7e26 measured on a CD-2014 model): the default ratio of sums stays finite and of a size a
 * reader can interpret.
 */
class TrainedModelImportanceTest {
    private static final TrainingSettings SETTINGS = TrainingSettings.PAPER.withSeed(2).withEpochs(15);
    private static RunResult trained;
    private static ErasureSamples samples;

    @BeforeAll
    static void train() {
        PreparedDomain domain = DomainPreparation.prepare(
                new DomainSource("Office", Path.of("sample-data/Office-synthetic.tsv")), ReadOptions.DEFAULT,
                FilterSpec.DEFAULT, SETTINGS);
        NetworkSpec spec = NetworkSpec.withDefaults(domain.data().users(), domain.data().items());
        trained = RunExecutor.execute(domain, SETTINGS, ModelStart.fresh(spec, SETTINGS.seed(), SETTINGS.lr()),
                RunListener.SILENT, () -> false);
        samples = ErasureSampling.of(domain, 4);
    }

    @Test
    void theDefaultIsTheRatioOfSumsAndStaysReadable() {
        assertThat(trained.test().hr()).as("the model learned something").isGreaterThan(0.2);
        ImportanceResult result = NeuronImportance.compute(trained.params(), samples);
        assertThat(result.formula()).isEqualTo(ImportanceFormula.TOTAL_RELATIVE_DROP);
        assertThat(result.layers()).hasSize(4);
        for (LayerImportance layer : result.layers()) {
            for (double v : layer.importance()) {
                assertThat(v).as(layer.layer().id()).isFinite();
                assertThat(Math.abs(v)).as(layer.layer().id()).isLessThanOrEqualTo(50);
            }
        }
        assertThat(result.layers().stream().mapToDouble(LayerImportance::mean).max().orElseThrow())
                .as("erasing neurons of a trained model hurts on average").isPositive();
    }

    @Test
    void thePerSampleFormulaCountsItsTinyDenominators() {
        ImportanceResult perSample = NeuronImportance.compute(trained.params(), samples, ImportanceFormula.MEAN_RELATIVE_DROP);
        assertThat(perSample.tinyDenominators()).isBetween(0, perSample.samplesUsed());
        ImportanceResult total = NeuronImportance.compute(trained.params(), samples);
        assertThat(total.tinyDenominators()).isEqualTo(perSample.tinyDenominators());
    }
}
