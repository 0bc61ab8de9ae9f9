package org.rectransfer.experiment;

import java.util.List;
import java.util.Locale;

/**
 * A table shape to benchmark training on (docs/performance.md §Stock DL4J): the tables' sizes set the cost of stock
 * DL4J's dense embedding updates, the interactions the length of an epoch.
 *
 * @param name         the shape's name
 * @param users        rows of the user table
 * @param items        rows of the item table
 * @param interactions training positives per epoch (for the evaluation-to-epoch ratio)
 */
public record BenchShape(String name, int users, int items, long interactions) {
    /** The paper's Book domain (Table 2). */
    public static final BenchShape BOOK = new BenchShape("book", 46_276, 148_785, 2_453_521);
    /** Amazon Office 2014 after the default filter (shared data README). */
    public static final BenchShape OFFICE = new BenchShape("office", 599, 2_420, 17_899);

    /** @return the named standard shape */
    public static BenchShape named(String name) {
        for (BenchShape shape : List.of(BOOK, OFFICE)) {
            if (shape.name.equals(name.toLowerCase(Locale.ROOT))) return shape;
        }
        throw new IllegalArgumentException("unknown shape '" + name + "' (expected book or office)");
    }
}
