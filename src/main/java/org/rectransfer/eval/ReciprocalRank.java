package org.rectransfer.eval;

/**
 * Reciprocal rank, {@code 1 / rank} without cut-off; its mean over users is the MRR
 * (Voorhees, "The TREC-8 Question Answering Track Report", 1999).
 */
public record ReciprocalRank() implements RankingMetric {
    /** Its key in JSON and the workspace. */
    public static final String NAME = "mrr";

    @Override
    public String name() { return NAME; }

    @Override
    public String label(int k) { return "MRR"; }

    @Override
    public double value(int rank, int candidates, int k) { return 1.0 / rank; }
}
