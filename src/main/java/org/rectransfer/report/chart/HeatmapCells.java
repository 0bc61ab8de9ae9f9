package org.rectransfer.report.chart;

import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The cells of a heatmap as JFreeChart's x/y/z data: column x, row y, value z, row by row, so that
 * item {@code row * columns + column} is the cell at (row, column) (what tooltips rely on).
 */
final class HeatmapCells {
    private HeatmapCells() { }

    /** A cell's value. */
    interface Value {
        double at(int row, int column);
    }

    /** @return one series named {@code key} with every cell of a {@code rows} x {@code columns} grid */
    static DefaultXYZDataset of(String key, int rows, int columns, Value value) {
        double[][] xyz = new double[3][rows * columns];
        int k = 0;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++, k++) {
                xyz[0][k] = column;
                xyz[1][k] = row;
                xyz[2][k] = value.at(row, column);
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(key, xyz);
        return dataset;
    }
}
