package org.rectransfer.train;

import org.rectransfer.model.TrainingPlan;

/**
 * Configuration of an {@link NcfEngine}.
 *
 * @param plan               Adam's settings and which layers train at which learning rate
 * @param embeddingOptimizer lazy (default) or dense Adam for the embedding tables
 * @param maxBatch           the largest batch {@code trainBatch} accepts; buffers are sized for it
 */
public record EngineConfig(TrainingPlan plan, EmbeddingOptimizer embeddingOptimizer, int maxBatch) {

    /** The paper's batch size. */
    public static final int DEFAULT_MAX_BATCH = 256;

    /** Validates the fields. */
    public EngineConfig {
        if (plan == null || embeddingOptimizer == null) {
            throw new IllegalArgumentException("plan and embedding optimizer are required");
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be positive: " + maxBatch);
        }
    }

    /** @return default Adam on every layer, lazy Adam for embeddings, batches up to 256 */
    public static EngineConfig defaults() {
        return new EngineConfig(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM, DEFAULT_MAX_BATCH);
    }

    /**
     * @param newPlan another plan
     * @return this configuration with that plan
     */
    public EngineConfig withPlan(TrainingPlan newPlan) {
        return new EngineConfig(newPlan, embeddingOptimizer, maxBatch);
    }

    /**
     * @param optimizer another embedding optimiser
     * @return this configuration with it
     */
    public EngineConfig withEmbeddingOptimizer(EmbeddingOptimizer optimizer) {
        return new EngineConfig(plan, optimizer, maxBatch);
    }

    /**
     * @param batch another maximum batch size
     * @return this configuration with it
     */
    public EngineConfig withMaxBatch(int batch) {
        return new EngineConfig(plan, embeddingOptimizer, batch);
    }
}
