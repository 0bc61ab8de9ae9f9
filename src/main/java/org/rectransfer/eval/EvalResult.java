package org.rectransfer.eval;

/**
 * The outcome of evaluating one model on one split.
 *
 * @param protocol  {@code sampled} (held-out item among sampled negatives) or {@code full}
 * @param k         the cut-off of HR and NDCG
 * @param users     the number of evaluated users
 * @param hr        mean HR@k
 * @param ndcg      mean NDCG@k
 * @param mrr       mean reciprocal rank
 * @param ranks     the held-out item's rank per user (index = user id), 0 for users not evaluated
 * @param flatUsers evaluated users for whom the model gave every candidate the same score (a user
 *                  whose only candidate is the held-out item counts, trivially)
 */
public record EvalResult(String protocol, int k, int users, double hr, double ndcg, double mrr, int[] ranks,
                         int flatUsers) implements java.io.Serializable {

    /**
     * @return whether the model is collapsed: it scores every candidate of every evaluated user
     *         alike (a constant function, typically a frozen tower whose ReLUs are all dead), so
     *         its HR of 0 says nothing about transfer, only that nothing was learned
     */
    public boolean collapsed() { return users > 0 && flatUsers == users; }

    /** @return whether user {@code u}'s held-out item ranked in the top k (a per-user hit) */
    public boolean hit(int u) { return ranks[u] > 0 && ranks[u] <= k; }

    /** Averages the metrics over the users that have a rank; no user is flat. */
    static EvalResult of(String protocol, int k, int[] ranks) {
        return of(protocol, k, ranks, 0);
    }

    /** Averages the metrics over the users that have a rank. */
    static EvalResult of(String protocol, int k, int[] ranks, int flatUsers) {
        HitRatio hitRatio = new HitRatio(k);
        Ndcg ndcgAtK = new Ndcg(k);
        ReciprocalRank reciprocal = new ReciprocalRank();
        double hr = 0;
        double ndcg = 0;
        double mrr = 0;
        int users = 0;
        for (int rank : ranks) {
            if (rank <= 0) continue;
            users++;
            hr += hitRatio.of(rank);
            ndcg += ndcgAtK.of(rank);
            mrr += reciprocal.of(rank);
        }
        return users == 0 ? new EvalResult(protocol, k, 0, 0, 0, 0, ranks, flatUsers)
                : new EvalResult(protocol, k, users, hr / users, ndcg / users, mrr / users, ranks, flatUsers);
    }
}
