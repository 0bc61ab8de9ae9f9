package org.rectransfer.data;

/**
 * Which users and items to keep (docs/method.md §Task and data): the paper's Table 2 implies a user threshold of
 * 20 interactions and no item threshold.
 *
 * @param minUser keep users with at least this many interactions (0 keeps all)
 * @param minItem keep items with at least this many interactions (0 keeps all)
 * @param kcore   repeat both filters until nothing changes (an iterative k-core)
 */
public record FilterSpec(int minUser, int minItem, boolean kcore) implements java.io.Serializable {
    /** The defaults of docs/method.md: min 20 per user, no item threshold, a single pass. */
    public static final FilterSpec DEFAULT = new FilterSpec(20, 0, false);
    /** Keeps everything. */
    public static final FilterSpec NONE = new FilterSpec(0, 0, false);

    public FilterSpec {
        if (minUser < 0 || minItem < 0) {
            throw new IllegalArgumentException("thresholds must be >= 0, got user " + minUser + ", item " + minItem);
        }
    }
}
