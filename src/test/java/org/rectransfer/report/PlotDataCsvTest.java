package org.rectransfer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each input record writes the numbers it plots: the header and one row per plotted item. */
class PlotDataCsvTest {

    @Test
    void trainingCurvesHaveARowPerPlottedPointAndSkipNaN() {
        CsvTable csv = SampleInputs.curves().toCsv();
        assertThat(csv.header()).containsExactly("run", "quantity", "epoch", "value");
        // Two runs: 30 loss points each, HR at every third epoch (10 each).
        assertThat(csv.rows()).hasSize(2 * 30 + 2 * 10);
        assertThat(csv.rows().get(0)).containsExactly("baseline", "loss", "1", "0.7");
        assertThat(csv.rows()).filteredOn(r -> r.get(1).equals("HR@10")).allSatisfy(r -> assertThat(r.get(3)).isNotEmpty());
    }

    @Test
    void gainsHaveARowPerCell() {
        CsvTable csv = SampleInputs.gains().toCsv();
        assertThat(csv.header()).containsExactly("source", "target", "config", "gain_percent", "significant", "baseline_hr");
        assertThat(csv.rows()).hasSize(15 * 7);
        assertThat(csv.rows().get(7)).containsExactly("Book", "Clothing", "config-1", "19.9", "true", "0.17");
    }

    @Test
    void scatterHasPointRowsThenFitRows() {
        KldScatter scatter = SampleInputs.scatter("config-5", 3);
        CsvTable csv = scatter.toCsv();
        assertThat(csv.header()).containsExactly("series", "target", "kld", "gain_percent", "ci_lower", "ci_upper");
        assertThat(csv.rows()).hasSize(15 + scatter.fit().bandSize());
        assertThat(csv.rows().get(0).get(0)).isEqualTo("point");
        assertThat(csv.rows().get(0).get(1)).isEqualTo("Sport");
        assertThat(csv.rows().get(15).get(0)).isEqualTo("fit");
    }

    @Test
    void scatterWithoutFitHasOnlyPoints() {
        KldScatter scatter = new KldScatter("Book", "config-1", List.of("A", "B"), new double[] {0.1, 0.2},
                new double[] {1, -1}, null);
        assertThat(scatter.toCsv().rows()).hasSize(2);
    }

    @Test
    void importanceHasARowPerNeuron() {
        CsvTable csv = SampleInputs.importance().toCsv();
        assertThat(csv.header()).containsExactly("layer", "neuron", "importance");
        assertThat(csv.rows()).hasSize(64 + 32 + 16 + 8);
        assertThat(csv.rows().get(64).subList(0, 2)).containsExactly("FC-2", "1");
    }

    @Test
    void histogramHasARowPerBin() {
        CsvTable csv = SampleInputs.histogram().toCsv();
        assertThat(csv.header()).containsExactly("bin_lower", "bin_upper", "source_share", "target_share");
        assertThat(csv.rows()).hasSize(10);
        assertThat(csv.rows().get(0).subList(0, 2)).containsExactly("20", "25");
    }

    @Test
    void cellsWithCommasOrQuotesAreQuoted() throws IOException {
        CsvTable csv = new CsvTable(List.of("name", "value"), List.of(List.of("a, \"b\"", CsvTable.number(Double.NaN))));
        StringWriter out = new StringWriter();
        csv.writeTo(out);
        assertThat(out.toString()).isEqualTo("name,value\n\"a, \"\"b\"\"\",\n");
    }

    @Test
    void rowsMustMatchTheHeader() {
        assertThatThrownBy(() -> new CsvTable(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsRejectMismatchedArrays() {
        assertThatThrownBy(() -> new CurveSeries("x", new double[2], new double[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GainMatrix("S", List.of("T"), List.of("c1", "c2"), new double[][] {{1}}, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HistogramOverlay("S", "T", new double[] {1, 1}, new double[1], new double[1], 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegressionFit(0, 1, 0, 1, new double[2], new double[2], new double[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsCopyTheirArrays() {
        double[] values = {1, 2};
        CurveSeries series = new CurveSeries("x", new double[] {1, 2}, values);
        values[0] = 99;
        series.values()[1] = 99;
        assertThat(series.values()).containsExactly(1, 2);
        assertThat(series).isEqualTo(new CurveSeries("x", new double[] {1, 2}, new double[] {1, 2}));
    }

    @Test
    void gainMatrixFindsTheBestConfigurationPerTarget() {
        GainMatrix gains = SampleInputs.gains();
        assertThat(gains.configs().get(gains.bestConfig(0))).isEqualTo("config-6"); // Sport, as in Table 3
        assertThat(gains.configs().get(gains.bestConfig(12))).isEqualTo("config-4"); // Instrument
        assertThat(gains.maxAbsGain()).isEqualTo(32.2);
    }
}
