package org.rectransfer.data;

/** Receives interactions one at a time from a streaming reader. */
@FunctionalInterface
public interface InteractionSink {
    /**
     * @param user   the external user id
     * @param item   the external item id
     * @param rating the rating, or {@code Double.NaN} when the source has none
     * @param order  a time or order key (later interactions have larger keys); the line number
     *               when the source has neither
     */
    void accept(String user, String item, double rating, long order);
}
