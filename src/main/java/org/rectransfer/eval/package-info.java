/**
 * Ranking evaluation: the leave-one-out protocols (sampled negatives, as the paper, and full
 * ranking), one class per metric (HR@K, NDCG@K, MRR, ...) registered in
 * {@link org.rectransfer.eval.RankingMetrics}, and the item-popularity baseline.
 * Ties always count against the held-out item.
 */
package org.rectransfer.eval;
