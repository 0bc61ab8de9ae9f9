package org.rectransfer.data.io;

import java.util.Locale;

/** The input formats the readers understand; {@link #AUTO} detects one from the content. */
public enum DataFormat {
    /** Detect the format from the first lines of the (decompressed) content. */
    AUTO("auto"),
    /** Amazon 2018 review JSON lines: reviewerID, asin, overall, unixReviewTime. */
    AMAZON_JSON("amazon-json"),
    /** Amazon ratings-only CSV without header: item,user,rating,timestamp. */
    AMAZON_CSV("amazon-csv"),
    /** Delimited user, item[, rating][, time] with tab, comma, '::' or whitespace, header optional. */
    DELIMITED("delimited");

    private final String cliName;

    DataFormat(String cliName) {
        this.cliName = cliName;
    }

    /** @return the name used on the command line, e.g. {@code amazon-json} */
    public String cliName() { return cliName; }

    /** Parses a command-line name; throws IllegalArgumentException naming the accepted values. */
    public static DataFormat parse(String name) {
        for (DataFormat format : values()) {
            if (format.cliName.equals(name.toLowerCase(Locale.ROOT))) return format;
        }
        throw new IllegalArgumentException("unknown format '" + name
                + "' (expected auto, amazon-json, amazon-csv or delimited)");
    }

    @Override
    public String toString() { return cliName; }
}
