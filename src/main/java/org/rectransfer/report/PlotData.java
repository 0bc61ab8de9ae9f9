package org.rectransfer.report;

/** Data of one figure that can also be written as the table of numbers it plots. */
public interface PlotData {
    /** @return the plotted numbers, one row per plotted point, bar or cell */
    CsvTable toCsv();
}
