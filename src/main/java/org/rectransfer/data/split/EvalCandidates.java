package org.rectransfer.data.split;

import org.rectransfer.data.Dataset;

/**
 * The sampled evaluation protocol of NCF (He et al., WWW 2017) as the paper uses it: for each
 * evaluated user, {@code negatives} items the user never interacted with (in the full data, so
 * the held-out item is never among them), fixed for a given seed.
 */
public final class EvalCandidates {
    private static final long PURPOSE = 0xca9d1daL;
    private final int[][] negatives;

    private EvalCandidates(int[][] negatives) {
        this.negatives = negatives;
    }

    /**
     * @param split     the leave-one-out split; skipped users get no candidates
     * @param negatives the number of sampled negatives per user (the paper: 99)
     * @param seed      the same seed gives the same candidates
     */
    public static EvalCandidates sample(Split split, int negatives, long seed) {
        Dataset full = split.full();
        int[][] chosen = new int[full.users()][];
        for (int u = 0; u < full.users(); u++) {
            chosen[u] = split.isEvaluated(u)
                    ? UnseenItemSampler.distinctUnseen(full, u, negatives, Seeds.stream(seed, PURPOSE, u))
                    : new int[0];
        }
        return new EvalCandidates(chosen);
    }

    /** @return the sampled negatives of user {@code u} (shared array: do not modify) */
    public int[] negativesOf(int u) { return negatives[u]; }

    /** @return the number of users covered */
    public int users() { return negatives.length; }
}
