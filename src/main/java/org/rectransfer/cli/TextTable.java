package org.rectransfer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** An aligned plain-text table: text columns left-aligned, numbers right-aligned. */
public final class TextTable {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param headers the column headers */
    public TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    /** Adds a row; it must have one cell per header. */
    public TextTable add(String... cells) {
        if (cells.length != headers.size()) throw new IllegalArgumentException("row has " + cells.length + " cells");
        rows.add(List.of(cells));
        return this;
    }

    /** Prints the table with two spaces between columns. */
    public void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        boolean[] numeric = new boolean[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            numeric[c] = !rows.isEmpty();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
                numeric[c] &= row.get(c).matches("[-+]?[0-9.,%]+");
            }
        }
        printRow(out, headers, widths, numeric);
        for (List<String> row : rows) printRow(out, row, widths, numeric);
        out.flush();
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) line.append("  ");
            String format = numeric[c] ? "%" + widths[c] + "s" : "%-" + widths[c] + "s";
            line.append(String.format(format, cells.get(c)));
        }
        out.println(line.toString().stripTrailing());
    }
}
