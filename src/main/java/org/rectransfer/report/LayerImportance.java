package org.rectransfer.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per-neuron importance of one FC layer by representation erasure (Li, Monroe and Jurafsky,
 * "Understanding Neural Networks through Representation Erasure", 2016).
 *
 * @param layer      the layer name, e.g. "FC-1"
 * @param importance one value per neuron
 */
public record LayerImportance(String layer, double[] importance) {
    public LayerImportance {
        Objects.requireNonNull(layer, "layer");
        if (importance.length == 0) throw new IllegalArgumentException(layer + ": no neurons");
        importance = importance.clone();
    }

    /** @return the number of neurons */
    public int size() { return importance.length; }

    /** @return the importance of neuron {@code i} */
    public double at(int i) { return importance[i]; }

    /** @return the mean importance over the layer's neurons, ignoring NaN */
    public double mean() {
        double sum = 0;
        int n = 0;
        for (double v : importance) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    @Override
    public double[] importance() { return importance.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerImportance l && layer.equals(l.layer) && Arrays.equals(importance, l.importance);
    }

    @Override
    public int hashCode() { return Objects.hash(layer, Arrays.hashCode(importance)); }

    @Override
    public String toString() { return "LayerImportance[" + layer + ", " + importance.length + " neurons]"; }
}
