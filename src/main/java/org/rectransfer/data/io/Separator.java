package org.rectransfer.data.io;

/**
 * How the columns of a delimited line are separated, and the splitting itself. Splitting records
 * column bounds instead of cutting substrings (no regex, no allocation per line); every column
 * is trimmed of surrounding blanks and of one pair of surrounding double quotes (quoted fields
 * with separators inside them are not supported).
 */
enum Separator {
    /** One tab (two tabs in a row enclose an empty column). */
    TAB("\t", "tab-separated"),
    /** One comma. */
    COMMA(",", "comma-separated"),
    /** MovieLens {@code ratings.dat}: {@code 1::1193::5::978300760}. */
    DOUBLE_COLON("::", "'::'-separated"),
    /** Runs of spaces and tabs. */
    WHITESPACE(" ", "whitespace-separated");

    private final String token;
    private final String description;

    Separator(String token, String description) {
        this.token = token;
        this.description = description;
    }

    /** @return how columns are separated, for messages: {@code tab-separated} */
    String description() { return description; }

    /** Detects the separator of a first line: tab, then {@code ::}, then comma, then whitespace. */
    static Separator detect(String line) {
        if (line.indexOf('\t') >= 0) return TAB;
        if (line.contains("::")) return DOUBLE_COLON;
        if (line.indexOf(',') >= 0) return COMMA;
        return WHITESPACE;
    }

    /**
     * Splits {@code line}, writing the bounds of column {@code c} to {@code bounds[2c]} (start)
     * and {@code bounds[2c+1]} (end) for as many columns as {@code bounds} has room for.
     *
     * @return the number of columns in the line, which may exceed the room in {@code bounds}
     */
    int split(String line, int[] bounds) {
        int end = line.length();
        int from = 0;
        if (this == WHITESPACE) {
            while (end > 0 && isBlank(line.charAt(end - 1))) end--;
            while (from < end && isBlank(line.charAt(from))) from++;
        }
        int count = 0;
        while (true) {
            int at = nextSeparator(line, from, end);
            int columnEnd = at < 0 ? end : at;
            record(line, from, columnEnd, bounds, count++);
            if (at < 0) return count;
            from = at + token.length();
            if (this == WHITESPACE) {
                while (from < end && isBlank(line.charAt(from))) from++;
            }
        }
    }

    private int nextSeparator(String line, int from, int end) {
        if (this == WHITESPACE) {
            for (int k = from; k < end; k++) {
                if (isBlank(line.charAt(k))) return k;
            }
            return -1;
        }
        int at = token.length() == 1 ? line.indexOf(token.charAt(0), from) : line.indexOf(token, from);
        return at >= end ? -1 : at;
    }

    private static void record(String line, int from, int to, int[] bounds, int column) {
        if (2 * column + 1 >= bounds.length) return;
        while (from < to && isBlank(line.charAt(from))) from++;
        while (to > from && isBlank(line.charAt(to - 1))) to--;
        if (to - from >= 2 && line.charAt(from) == '"' && line.charAt(to - 1) == '"') {
            from++;
            to--;
        }
        bounds[2 * column] = from;
        bounds[2 * column + 1] = to;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
