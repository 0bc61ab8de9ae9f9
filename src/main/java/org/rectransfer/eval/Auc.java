package org.rectransfer.eval;

/**
 * Area under the ROC curve for one user with one relevant item (the held-out one) among {@code n}
 * ranked candidates: the fraction of the other {@code n - 1} candidates ranked below it,
 * {@code (n - rank) / (n - 1)}: 1 when it ranks first, 0 when last (Rendle et al., "BPR", UAI
 * 2009, evaluate by this per-user AUC). It has no cut-off. Ranks count ties against the held-out
 * item, so a model scoring every candidate alike gets 0, not the 0.5 of an AUC that halves ties.
 * A user whose only candidate is the held-out item ({@code n = 1}) has nothing to rank below it:
 * defined as 1, as it is trivially first (HR counts it as a hit too). Sampled evaluation ranks
 * among the sampled negatives, so its AUC is an estimate of the full-ranking one.
 */
public record Auc() implements RankingMetric {
    @Override
    public String name() { return "auc"; }

    @Override
    public String label(int k) { return "AUC"; }

    @Override
    public double value(int rank, int candidates, int k) {
        return candidates <= 1 ? 1.0 : (double) (candidates - rank) / (candidates - 1);
    }
}
