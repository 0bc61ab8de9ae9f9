/**
 * Training: the fast engine ({@link org.rectransfer.train.NcfEngine}) and its scorer
 * ({@link org.rectransfer.train.NcfScorer}).
 *
 * <p>The engine trains the network of {@code org.rectransfer.model} in plain Java on float
 * arrays, with per-step work proportional to the batch: row-sparse embedding gradients and lazy
 * Adam for the tables ({@link org.rectransfer.train.EmbeddingOptimizer}), per-layer freezing and
 * learning rates from a {@link org.rectransfer.model.TrainingPlan}. With dense Adam it reproduces
 * the stock DL4J graph step for step (to float rounding); the equivalence tests check that.
 * The hot path uses no ND4J and allocates nothing per step. The epoch loop (negative sampling,
 * data) lives elsewhere and calls {@link org.rectransfer.train.NcfEngine#trainBatch}.
 */
package org.rectransfer.train;
