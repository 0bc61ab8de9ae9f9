package org.rectransfer.data.io;

import org.rectransfer.data.InteractionSink;

/**
 * Reads adjacency lists, one user per line: {@code user item item ...}, separated by runs of
 * spaces or tabs (the {@code train.txt} of LightGCN, NGCF and KGAT). An item's position in the
 * line (1, 2, ...) is its order key. A line with the user alone is a user without interactions
 * and adds nothing; it is no error.
 *
 * <p>Ids must be unsigned integers (kept as written): these files always number users and items,
 * and requiring it turns a wrong {@code --format adjacency} (a header, a CSV line read as one
 * token) into an error instead of users silently without items. A malformed line adds nothing,
 * so skipping it drops the whole user line, never part of it.
 */
final class AdjacencyParser implements LineParser {
    private int[] bounds = new int[64];

    @Override
    public void parse(String line, long lineNumber, InteractionSink sink) throws BadLineException {
        int found = Separator.WHITESPACE.split(line, bounds);
        if (2 * found > bounds.length) {
            bounds = new int[Math.max(2 * found, 2 * bounds.length)];
            Separator.WHITESPACE.split(line, bounds);
        }
        // Check every id before passing any on, so that a bad line is dropped whole.
        for (int k = 0; k < found; k++) {
            if (!isUnsignedInteger(line, bounds[2 * k], bounds[2 * k + 1])) {
                String what = k == 0 ? "user" : "item " + k;
                throw new BadLineException(what + " " + Fields.shown(line, bounds[2 * k], bounds[2 * k + 1])
                        + " is not an integer id");
            }
        }
        String user = line.substring(bounds[0], bounds[1]);
        for (int k = 1; k < found; k++) {
            sink.accept(user, line.substring(bounds[2 * k], bounds[2 * k + 1]), Double.NaN, k);
        }
    }

    /** @return whether {@code line[from, to)} is one or more ASCII digits */
    static boolean isUnsignedInteger(CharSequence line, int from, int to) {
        if (from >= to) return false;
        for (int k = from; k < to; k++) {
            char c = line.charAt(k);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }
}
