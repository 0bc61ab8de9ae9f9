package org.rectransfer.eval;

/** Rank of a held-out item among candidates, pessimistic on ties. */
public final class Ranks {
    private Ranks() { }

    /**
     * @param target the held-out item's score
     * @param others the candidates' scores, {@code others[0..count)}
     * @return 1 + the number of candidates scoring at least as high as the target: ties count
     *         against the held-out item, so a constant scorer gets the worst rank, not the best.
     *         A NaN target ranks last.
     */
    public static int pessimistic(float target, float[] others, int from, int count) {
        if (Float.isNaN(target)) return count + 1;
        int rank = 1;
        for (int k = from; k < from + count; k++) {
            if (others[k] >= target) rank++;
        }
        return rank;
    }

    /**
     * @return whether {@code scores[0..count)} are all the same number (a flat ranking: every
     *         candidate ties, which a collapsed model produces)
     */
    public static boolean allEqual(float[] scores, int count) {
        for (int k = 1; k < count; k++) {
            if (Float.compare(scores[k], scores[0]) != 0) return false;
        }
        return true;
    }
}
