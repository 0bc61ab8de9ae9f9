/**
 * Charts of the report inputs, built with JFreeChart and plain java.awt (never JavaFX), so they
 * render headless on servers. One factory class per figure kind, each given a {@link
 * org.rectransfer.report.chart.ChartTheme}; {@link org.rectransfer.report.chart.ChartGrid} lays
 * several charts out as small multiples. The result is a {@link org.jfree.chart.ui.Drawable}
 * that {@code report.export} writes as PNG or SVG.
 */
package org.rectransfer.report.chart;
