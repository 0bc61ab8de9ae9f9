package org.rectransfer.data.io;

import java.util.Locale;

/** The input formats the readers understand; {@link #AUTO} detects one from the content. */
public enum DataFormat {
    /** Detect the format from the start of the (decompressed) content. */
    AUTO("auto"),
    /** Amazon 2018 review JSON lines: reviewerID, asin, overall, unixReviewTime. */
    AMAZON_JSON("amazon-json"),
    /** Amazon ratings-only CSV without header: item,user,rating,timestamp. */
    AMAZON_CSV("amazon-csv"),
    /** Delimited user, item[, rating][, time] with tab, comma, '::' or whitespace, header optional. */
    DELIMITED("delimited"),
    /** One JSON object mapping each user id to the list of its item ids, in sequence order. */
    JSON_MAP("json-map"),
    /** One user per line, {@code user item item ...}, whitespace-separated integer ids (LightGCN train.txt). */
    ADJACENCY("adjacency"),
    /** RecBole atomic {@code .inter} file: tab-separated, typed header {@code user_id:token item_id:token ...}. */
    RECBOLE("recbole");

    /**
     * Every command-line name, for help texts and messages. A constant (not computed from
     * {@link #values()}) so that picocli annotations can use it; a test keeps it complete.
     */
    public static final String NAMES = "auto, amazon-json, amazon-csv, delimited, json-map, adjacency or recbole";

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
        throw new IllegalArgumentException("unknown format '" + name + "' (expected " + NAMES + ")");
    }

    @Override
    public String toString() { return cliName; }
}
