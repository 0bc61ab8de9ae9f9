package org.rectransfer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fig. 2: the importance of every neuron of the FC layers of one model, layers in network order.
 *
 * @param title  the figure title, e.g. "Neuron importance, source Book"
 * @param layers the layers, input side first
 */
public record NeuronImportance(String title, List<LayerImportance> layers) implements PlotData {
    public NeuronImportance {
        Objects.requireNonNull(title, "title");
        layers = List.copyOf(layers);
        if (layers.isEmpty()) throw new IllegalArgumentException("no layers");
    }

    /** @return the figure's data for an analysis result, the layers under the paper's names FC-1..FC-k */
    public static NeuronImportance of(org.rectransfer.analysis.ImportanceResult result, String title) {
        List<LayerImportance> layers = new ArrayList<>();
        for (org.rectransfer.analysis.LayerImportance layer : result.layers()) {
            layers.add(new LayerImportance("FC-" + layer.layer().index(), layer.importance()));
        }
        return new NeuronImportance(title, layers);
    }

    /** Columns layer, neuron, importance; one row per neuron (neurons numbered from 1). */
    @Override
    public CsvTable toCsv() {
        List<List<String>> rows = new ArrayList<>();
        for (LayerImportance layer : layers) {
            for (int i = 0; i < layer.size(); i++) {
                rows.add(List.of(layer.layer(), Integer.toString(i + 1), CsvTable.number(layer.at(i))));
            }
        }
        return new CsvTable(List.of("layer", "neuron", "importance"), rows);
    }
}
