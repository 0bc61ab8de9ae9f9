package org.rectransfer.data.io;

/**
 * How to read a data file.
 *
 * @param format       the format, or AUTO to detect it
 * @param minRating    keep only interactions rated at least this; NaN keeps all (and keeps
 *                     interactions without a rating in any case)
 * @param skipBadLines turn malformed lines into a counted warning instead of an error
 */
public record ReadOptions(DataFormat format, double minRating, boolean skipBadLines) implements java.io.Serializable {
    /** Auto-detected format, every rating kept, malformed lines are errors. */
    public static final ReadOptions DEFAULT = new ReadOptions(DataFormat.AUTO, Double.NaN, false);
}
