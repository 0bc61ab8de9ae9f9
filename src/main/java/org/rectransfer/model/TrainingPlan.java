package org.rectransfer.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The optimiser's view of a run: Adam's settings and, per layer, whether it trains and at
 * which learning rate. Layers without an entry train at the base learning rate. Both the fast
 * engine and the DL4J reference graph are configured from it, so they train the same layers
 * the same way.
 *
 * @param adam   Adam's settings; its learning rate is the default for every layer
 * @param layers per-layer overrides
 */
public record TrainingPlan(AdamSettings adam, Map<LayerName, LayerTraining> layers) {

    /** Freezes the override map. */
    public TrainingPlan {
        if (adam == null) {
            throw new IllegalArgumentException("adam settings are required");
        }
        layers = Map.copyOf(layers);
    }

    /** @return every layer trainable with DL4J's default Adam */
    public static TrainingPlan defaults() {
        return new TrainingPlan(AdamSettings.DEFAULT, Map.of());
    }

    /**
     * @param settings Adam's settings
     * @return every layer trainable with these settings
     */
    public static TrainingPlan of(AdamSettings settings) {
        return new TrainingPlan(settings, Map.of());
    }

    /**
     * @param layer a layer
     * @return how it trains
     */
    public LayerTraining of(LayerName layer) {
        LayerTraining t = layers.get(layer);
        return t != null ? t : LayerTraining.trainable(adam.learningRate());
    }

    /**
     * @param layer    a layer
     * @param training how it should train
     * @return a copy of this plan with that override
     */
    public TrainingPlan with(LayerName layer, LayerTraining training) {
        Map<LayerName, LayerTraining> copy = new LinkedHashMap<>(layers);
        copy.put(layer, training);
        return new TrainingPlan(adam, copy);
    }

    /**
     * @param frozenLayers layers to freeze
     * @return a copy of this plan with those layers frozen
     */
    public TrainingPlan withFrozen(LayerName... frozenLayers) {
        TrainingPlan plan = this;
        for (LayerName layer : frozenLayers) {
            plan = plan.with(layer, LayerTraining.frozen());
        }
        return plan;
    }

    /**
     * @param layer a layer
     * @return the Adam settings that layer trains with (its own learning rate)
     */
    public AdamSettings adamFor(LayerName layer) {
        return adam.withLearningRate(of(layer).learningRate());
    }
}
