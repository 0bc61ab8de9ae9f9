package org.rectransfer.analysis;

import java.util.Arrays;
import java.util.Objects;

import org.rectransfer.model.LayerName;

/**
 * The erasure importance of every neuron of one layer (one panel of the paper's Fig. 2).
 * The array is copied in and out.
 *
 * @param layer      the layer, FC1..FCk
 * @param importance one value per neuron, in neuron order
 */
public record LayerImportance(LayerName layer, double[] importance) {

    /** Copies the values. */
    public LayerImportance {
        Objects.requireNonNull(layer, "layer");
        importance = importance.clone();
    }

    /** @return a copy of the values */
    @Override
    public double[] importance() {
        return importance.clone();
    }

    /** @return the importance of neuron {@code j} */
    public double get(int j) {
        return importance[j];
    }

    /** @return the number of neurons */
    public int width() {
        return importance.length;
    }

    /** @return the mean importance over the layer's neurons */
    public double mean() {
        return Arrays.stream(importance).average().orElse(Double.NaN);
    }
}
