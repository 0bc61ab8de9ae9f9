package org.rectransfer.train;

import java.util.Locale;

/**
 * How the engine applies Adam to the embedding tables. Dense layers always use ordinary Adam.
 */
public enum EmbeddingOptimizer {
    /**
     * Lazy (row-sparse) Adam, the default: only rows present in the batch get moment updates and
     * a step, so a step costs time proportional to the batch. Bias correction uses the global
     * step count, as TensorFlow's LazyAdam and PyTorch's SparseAdam do.
     */
    LAZY_ADAM("adam-lazy"),
    /**
     * Exact Adam, as DL4J does it: every row is updated every step, with the moments of rows
     * absent from the batch decaying under a zero gradient. Costs time proportional to the tables.
     */
    DENSE_ADAM("adam-dense");

    private final String id;

    EmbeddingOptimizer(String id) {
        this.id = id;
    }

    /** @return the option's name, {@code adam-lazy} or {@code adam-dense} */
    public String id() {
        return id;
    }

    /**
     * @param text {@code adam-lazy}/{@code lazy} or {@code adam-dense}/{@code dense}, any case
     * @return the optimiser
     * @throws IllegalArgumentException for anything else
     */
    public static EmbeddingOptimizer parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        for (EmbeddingOptimizer o : values()) {
            if (o.id.equals(s) || o.id.equals("adam-" + s)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown embedding optimizer '" + text
                + "' (expected adam-lazy or adam-dense)");
    }
}
