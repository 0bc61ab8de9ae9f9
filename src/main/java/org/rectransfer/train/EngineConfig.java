package org.rectransfer.train;

import org.rectransfer.model.TrainingPlan;

/**
 * Configuration of an {@link NcfEngine}.
 *
 * @param plan               Adam's settings and which layers train at which learning rate
 * @param embeddingOptimizer lazy (default) or dense Adam for the embedding tables
 * @param maxBatch           the largest batch {@code trainBatch} accepts; buffers are sized for it
 * @param threads            threads one training step runs on (1: the calling thread only; more:
 *                           the batch is split over them, see {@link NcfEngine} §Threads)
 */
public record EngineConfig(TrainingPlan plan, EmbeddingOptimizer embeddingOptimizer, int maxBatch, int threads) {

    /** The paper's batch size. */
    public static final int DEFAULT_MAX_BATCH = 256;

    /** The most threads one step may use: far more than a step's work can feed. */
    public static final int MAX_THREADS = 64;

    /** Validates the fields. */
    public EngineConfig {
        if (plan == null || embeddingOptimizer == null) {
            throw new IllegalArgumentException("plan and embedding optimizer are required");
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be positive: " + maxBatch);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be 1.." + MAX_THREADS + ": " + threads);
        }
    }

    /**
     * A single-threaded configuration.
     *
     * @param plan               Adam's settings and which layers train at which learning rate
     * @param embeddingOptimizer lazy or dense Adam for the embedding tables
     * @param maxBatch           the largest batch
     */
    public EngineConfig(TrainingPlan plan, EmbeddingOptimizer embeddingOptimizer, int maxBatch) {
        this(plan, embeddingOptimizer, maxBatch, 1);
    }

    /** @return default Adam on every layer, lazy Adam for embeddings, batches up to 256, one thread */
    public static EngineConfig defaults() {
        return new EngineConfig(TrainingPlan.defaults(), EmbeddingOptimizer.LAZY_ADAM, DEFAULT_MAX_BATCH, 1);
    }

    /**
     * @param newPlan another plan
     * @return this configuration with that plan
     */
    public EngineConfig withPlan(TrainingPlan newPlan) {
        return new EngineConfig(newPlan, embeddingOptimizer, maxBatch, threads);
    }

    /**
     * @param optimizer another embedding optimiser
     * @return this configuration with it
     */
    public EngineConfig withEmbeddingOptimizer(EmbeddingOptimizer optimizer) {
        return new EngineConfig(plan, optimizer, maxBatch, threads);
    }

    /**
     * @param batch another maximum batch size
     * @return this configuration with it
     */
    public EngineConfig withMaxBatch(int batch) {
        return new EngineConfig(plan, embeddingOptimizer, batch, threads);
    }

    /**
     * @param stepThreads threads per training step
     * @return this configuration with them
     */
    public EngineConfig withThreads(int stepThreads) {
        return new EngineConfig(plan, embeddingOptimizer, maxBatch, stepThreads);
    }
}
