package org.rectransfer.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A header and rows of text cells, written as RFC 4180 CSV. Numbers are formatted by
 * {@link #number(double)} so that every figure's CSV reads back the same in any locale.
 *
 * @param header the column names
 * @param rows   the rows, each as long as the header
 */
public record CsvTable(List<String> header, List<List<String>> rows) {
    public CsvTable {
        header = List.copyOf(header);
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under a header of " + header.size());
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }

    /** @return {@code value} in Java's shortest round-trip form, or an empty cell for NaN */
    public static String number(double value) {
        if (Double.isNaN(value)) return "";
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return Double.toString(value);
    }

    /** Writes the header and rows, lines ended by '\n'. */
    public void writeTo(Writer out) throws IOException {
        writeLine(out, header);
        for (List<String> row : rows) writeLine(out, row);
        out.flush();
    }

    private static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quote(Objects.requireNonNullElse(cells.get(i), "")));
        }
        out.write('\n');
    }

    private static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0
                || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
