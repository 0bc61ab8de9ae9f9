/**
 * Figures and tables of results. This package holds the small input records the charts plot
 * (training curves, the gains matrix of Tables 3-5, KLD against gain of Fig. 3, neuron
 * importance of Fig. 2, per-user interaction histograms), each able to give its numbers as a
 * {@link org.rectransfer.report.CsvTable}. The charts live in {@code report.chart} (JFreeChart,
 * never JavaFX, so they render headless) and the PNG/SVG/CSV writers in {@code report.export}.
 * The records are plain data so that analysis and store can fill them without the charts
 * knowing where the numbers came from.
 */
package org.rectransfer.report;
