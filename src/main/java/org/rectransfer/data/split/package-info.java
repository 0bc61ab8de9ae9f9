/**
 * The evaluation protocol's data side (He et al., NCF, WWW 2017): leave-one-out splits, the 99
 * sampled evaluation negatives per user (fixed per seed) and the per-epoch training negative
 * sampler. Every random draw is derived from (seed, purpose, index) by {@link org.rectransfer.data.split.Seeds},
 * so results do not depend on threads or order.
 */
package org.rectransfer.data.split;
