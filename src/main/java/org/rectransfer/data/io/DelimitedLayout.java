package org.rectransfer.data.io;

import org.rectransfer.data.BadInputException;
import org.rectransfer.data.io.LineSource.NumberedLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Where the columns of a delimited file are, decided from its first non-blank line.
 *
 * <p>Header: the first line is a header when none of its columns is a number and it either
 * names a known column (see {@link ColumnNames}) or has 3 or more columns. With a header that
 * names columns, roles come from the names (user and item must be named; {@code date} is the
 * time only when no other time column exists and its first value is an integer). Otherwise the
 * roles are positional: 2 columns = user, item; 3 = user, item, rating; 4 or more = user, item,
 * rating, time, further columns ignored. Every data line must have as many columns as the first.
 *
 * @param separator the column separator
 * @param columns   the number of columns of every line
 * @param user      index of the user column
 * @param item      index of the item column
 * @param rating    index of the rating column, -1 for none
 * @param time      index of the time column, -1 for none (the line number orders)
 * @param header    whether the first non-blank line is a header
 */
record DelimitedLayout(Separator separator, int columns, int user, int item, int rating, int time, boolean header) {

    /** The Amazon ratings-only CSV: {@code item,user,rating,timestamp}, no header. */
    static DelimitedLayout amazonCsv() {
        return new DelimitedLayout(Separator.COMMA, 4, 1, 0, 2, 3, false);
    }

    /** Decides the layout from the first non-blank lines (at least one). */
    static DelimitedLayout detect(Path file, List<NumberedLine> head) {
        NumberedLine first = head.get(0);
        Separator separator = Separator.detect(first.text());
        String[] columns = columns(first.text(), separator);
        int n = columns.length;
        if (n < 2) {
            throw new BadInputException(file, first.number(), "expected at least 2 columns (user, item), found 1");
        }
        if (!isHeader(columns)) return positional(separator, n, false);
        String[] names = new String[n];
        boolean anyKnown = false;
        for (int k = 0; k < n; k++) {
            names[k] = ColumnNames.normalize(columns[k]);
            anyKnown |= ColumnNames.isKnown(names[k]);
        }
        if (!anyKnown) return positional(separator, n, true);
        int user = required(file, first, names, ColumnNames.USER, "user");
        int item = required(file, first, names, ColumnNames.ITEM, "item");
        int rating = ColumnNames.find(names, ColumnNames.RATING);
        int time = ColumnNames.find(names, ColumnNames.TIME);
        if (time < 0) time = numericDate(names, head, separator);
        return new DelimitedLayout(separator, n, user, item, rating, time, true);
    }

    private static DelimitedLayout positional(Separator separator, int n, boolean header) {
        return new DelimitedLayout(separator, n, 0, 1, n >= 3 ? 2 : -1, n >= 4 ? 3 : -1, header);
    }

    private static boolean isHeader(String[] columns) {
        boolean named = false;
        for (String column : columns) {
            if (Fields.isNumber(column)) return false;
            named |= ColumnNames.isKnown(ColumnNames.normalize(column));
        }
        return named || columns.length >= 3;
    }

    private static int required(Path file, NumberedLine header, String[] names, Set<String> role, String what) {
        int index = ColumnNames.find(names, role);
        if (index < 0) {
            throw new BadInputException(file, header.number(), "header has no " + what
                    + " column (expected one of " + ColumnNames.list(role) + ")");
        }
        return index;
    }

    /** A {@code date} column orders the lines only when it holds integers (e.g. unix seconds). */
    private static int numericDate(String[] names, List<NumberedLine> head, Separator separator) {
        int date = List.of(names).indexOf(ColumnNames.DATE);
        if (date < 0 || head.size() < 2) return -1;
        String[] values = columns(head.get(1).text(), separator);
        if (date >= values.length) return -1;
        try {
            Fields.integer(values[date], 0, values[date].length(), "date");
            return date;
        } catch (BadLineException e) {
            return -1;
        }
    }

    private static String[] columns(String line, Separator separator) {
        int[] bounds = new int[2 * separator.split(line, new int[0])];
        separator.split(line, bounds);
        String[] columns = new String[bounds.length / 2];
        for (int k = 0; k < columns.length; k++) columns[k] = line.substring(bounds[2 * k], bounds[2 * k + 1]);
        return columns;
    }
}
