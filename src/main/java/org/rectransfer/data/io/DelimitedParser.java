package org.rectransfer.data.io;

import org.rectransfer.data.InteractionSink;

/**
 * Reads delimited lines (and the Amazon ratings CSV, a fixed delimited layout) into
 * interactions. One instance reads one file: it reuses a bounds array between lines.
 */
final class DelimitedParser implements LineParser {
    private final DelimitedLayout layout;
    private final int[] bounds;

    /** @param layout where the columns are */
    DelimitedParser(DelimitedLayout layout) {
        this.layout = layout;
        this.bounds = new int[2 * layout.columns()];
    }

    @Override
    public void parse(String line, long lineNumber, InteractionSink sink) throws BadLineException {
        int found = layout.separator().split(line, bounds);
        if (found != layout.columns()) {
            throw new BadLineException("expected " + layout.columns() + " "
                    + layout.separator().description() + " columns, found " + found);
        }
        String user = Fields.id(line, start(layout.user()), end(layout.user()), "user");
        String item = Fields.id(line, start(layout.item()), end(layout.item()), "item");
        int r = layout.rating();
        double rating = r < 0 ? Double.NaN : Fields.number(line, start(r), end(r), "rating");
        int t = layout.time();
        long order = t < 0 ? lineNumber : Fields.integer(line, start(t), end(t), "time");
        sink.accept(user, item, rating, order);
    }

    private int start(int column) { return bounds[2 * column]; }

    private int end(int column) { return bounds[2 * column + 1]; }
}
