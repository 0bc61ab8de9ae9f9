package org.rectransfer.data.io;

import org.rectransfer.data.DatasetBuilder;
import org.rectransfer.data.InteractionSink;

/**
 * Passes interactions rated at least the minimum (or unrated) on to a {@link DatasetBuilder}
 * and counts the others.
 */
final class RatingFilterSink implements InteractionSink {
    private final DatasetBuilder builder;
    private final double minRating;
    private long belowMinRating;

    /** @param minRating the minimum rating kept; NaN keeps every interaction */
    RatingFilterSink(DatasetBuilder builder, double minRating) {
        this.builder = builder;
        this.minRating = minRating;
    }

    @Override
    public void accept(String user, String item, double rating, long order) {
        // NaN compares false either way: an unrated line, or no minimum, keeps the interaction.
        if (rating < minRating) {
            belowMinRating++;
            return;
        }
        builder.add(user, item, order);
    }

    /** @return the interactions dropped for a rating below the minimum */
    long belowMinRating() { return belowMinRating; }
}
