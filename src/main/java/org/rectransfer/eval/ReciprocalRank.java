package org.rectransfer.eval;

/**
 * Reciprocal rank, {@code 1 / rank} without cut-off; its mean over users is the MRR
 * (Voorhees, "The TREC-8 Question Answering Track Report", 1999).
 */
public record ReciprocalRank() implements RankingMetric {
    @Override
    public String name() { return "MRR"; }

    @Override
    public double of(int rank) { return 1.0 / rank; }
}
