package org.rectransfer.data.io;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The header names that give a column its role. Names are compared lowercased, without quotes
 * and without a {@code :type} suffix (RecBole writes {@code user_id:token}).
 */
final class ColumnNames {
    static final Set<String> USER = Set.of("user", "userid", "user_id", "reviewerid", "uid");
    static final Set<String> ITEM = Set.of("item", "itemid", "item_id", "asin", "iid", "movieid");
    static final Set<String> RATING = Set.of("rating", "score", "overall", "stars");
    static final Set<String> TIME = Set.of("time", "timestamp", "ts", "seq", "order", "unixreviewtime");
    /** A time column only when its values are integers (see {@link DelimitedLayout}). */
    static final String DATE = "date";

    private ColumnNames() { }

    /** @return {@code name} as compared against the known names */
    static String normalize(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        int colon = n.indexOf(':');
        if (colon > 0) n = n.substring(0, colon);
        return n;
    }

    /** @return whether {@code normalized} is a name of any role */
    static boolean isKnown(String normalized) {
        return USER.contains(normalized) || ITEM.contains(normalized) || RATING.contains(normalized)
                || TIME.contains(normalized) || DATE.equals(normalized);
    }

    /** @return the index of the first name in {@code role}, or -1 */
    static int find(String[] normalized, Set<String> role) {
        for (int k = 0; k < normalized.length; k++) {
            if (role.contains(normalized[k])) return k;
        }
        return -1;
    }

    /** @return the names of {@code role} for an error message, e.g. {@code user, userid, ...} */
    static String list(Set<String> role) {
        return String.join(", ", new TreeSet<>(role));
    }
}
