package org.rectransfer.study;

import java.util.ArrayList;
import java.util.List;
import org.rectransfer.analysis.ImportanceResult;
import org.rectransfer.analysis.LayerImportance;
import org.rectransfer.report.NeuronImportance;

/** Fig. 2 over seeds: each neuron's importance averaged over the source models of the seeds. */
public final class MeanImportance {
    private MeanImportance() { }

    /**
     * @param results one per seed's source model, all of the same architecture
     * @param title   the figure's title
     * @return the figure's data, each neuron the mean of its importance over {@code results}
     */
    public static NeuronImportance of(List<ImportanceResult> results, String title) {
        if (results.isEmpty()) throw new IllegalArgumentException("no importance to average");
        List<LayerImportance> first = results.get(0).layers();
        List<org.rectransfer.report.LayerImportance> layers = new ArrayList<>();
        for (int l = 0; l < first.size(); l++) {
            double[] sum = new double[first.get(l).width()];
            for (ImportanceResult result : results) {
                double[] values = result.layers().get(l).importance();
                for (int j = 0; j < sum.length; j++) sum[j] += values[j];
            }
            for (int j = 0; j < sum.length; j++) sum[j] /= results.size();
            layers.add(new org.rectransfer.report.LayerImportance("FC-" + first.get(l).layer().index(), sum));
        }
        return new NeuronImportance(title, layers);
    }
}
