package org.rectransfer.analysis;

import java.util.List;

import org.rectransfer.model.LayerName;

/**
 * Neuron importances of every hidden layer, FC1 first.
 *
 * @param formula           how per-sample drops were combined
 * @param layers            one entry per hidden layer FC1..FCk, in order
 * @param samples           samples given
 * @param samplesUsed       samples whose log-likelihood was below 0 (the others, predicted with
 *                          certainty to double precision or non-finite, define no relative drop)
 * @param meanLogLikelihood mean log-likelihood of the correct label over the used samples, without erasure
 * @param tinyDenominators  used samples whose log-likelihood is within
 *                          {@link NeuronImportance#TINY_LOG_LIKELIHOOD} of 0: each multiplies its
 *                          drop by more than 100 in the per-sample formula
 */
public record ImportanceResult(ImportanceFormula formula, List<LayerImportance> layers, int samples,
                               int samplesUsed, double meanLogLikelihood, int tinyDenominators) {

    /** Freezes the list. */
    public ImportanceResult {
        layers = List.copyOf(layers);
    }

    /**
     * @param layer FC1..FCk
     * @return that layer's importances
     * @throws IllegalArgumentException if the network has no such hidden layer
     */
    public LayerImportance layer(LayerName layer) {
        return layers.stream().filter(l -> l.layer().equals(layer)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no importances for " + layer));
    }
}
