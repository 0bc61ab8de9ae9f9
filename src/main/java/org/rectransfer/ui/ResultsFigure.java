package org.rectransfer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jfree.chart.JFreeChart;
import org.rectransfer.report.KldScatter;
import org.rectransfer.report.PlotData;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.GainHeatmapChart;
import org.rectransfer.report.chart.KldScatterChart;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.report.export.FigureExporter;

/**
 * The results screen's figure: which one is chosen (heatmap of gains or gain against KLD), drawn
 * from what {@link ResultsGains} has loaded in the screen's theme, and written at print size in the
 * print theme. Used on the FX thread only.
 */
final class ResultsFigure {
    private final ResultsGains gains;
    private final ObjectProperty<ResultFigure> figure;
    private final ReadOnlyObjectWrapper<JFreeChart> chart;
    private final javafx.beans.property.BooleanProperty presentation;

    /** @param bean the view model whose properties these are */
    ResultsFigure(Object bean, ResultsGains gains) {
        this.gains = gains;
        figure = new SimpleObjectProperty<>(bean, "figure", ResultFigure.HEATMAP);
        chart = new ReadOnlyObjectWrapper<>(bean, "chart");
        presentation = new javafx.beans.property.SimpleBooleanProperty(bean, "presentation");
        presentation.addListener((o, before, after) -> redraw());
    }

    /** @return whether the chart shown uses large text, for a projector (exports keep the print size) */
    javafx.beans.property.BooleanProperty presentationProperty() { return presentation; }

    /** @return whether the figure chosen needs the relatedness study */
    boolean needsStudy() {
        return figure.get() == ResultFigure.KLD_SCATTER;
    }

    /** Draws the chosen figure from what is loaded, in the screen's theme; no figure until its data is in. */
    void redraw() {
        chart.set(chart(presentation.get() ? ChartTheme.screen().scaled(1.5) : ChartTheme.screen()));
    }

    /** @return the figure chosen, drawn in {@code theme}, or null before its data is in */
    private JFreeChart chart(ChartTheme theme) {
        return switch (figure.get()) {
            case HEATMAP -> gains.matrixProperty().get() == null ? null : new GainHeatmapChart(theme).create(gains.matrixProperty().get());
            case KLD_SCATTER -> plotted() == null ? null : new KldScatterChart(theme).create((KldScatter) plotted());
        };
    }

    /** @return the numbers of the figure chosen, or null before its data is in */
    private PlotData plotted() {
        String source = gains.sourceProperty().get();
        String config = gains.configProperty().get();
        return switch (figure.get()) {
            case HEATMAP -> gains.matrixProperty().get();
            case KLD_SCATTER -> gains.studyProperty().get() == null || source == null || config == null ? null
                    : KldScatter.of(gains.studyProperty().get(), source, config);
        };
    }

    /** @see ResultsViewModel#exportFigure(Path) */
    ExportedFigure exportFigure(Path file) throws IOException {
        return new FigureExporter().write(printed(), file);
    }

    /** @return what was written, in one line; see {@link ResultsViewModel#export(ExportChoice)} */
    String export(ExportChoice choice) throws IOException {
        return FigureExport.write(printed(), plotted(), choice);
    }

    private JFreeChart printed() {
        return Optional.ofNullable(chart(ChartTheme.print())).orElseThrow(() -> new IllegalStateException("no figure to export yet"));
    }

    /** @see ResultsViewModel#suggestedFileName() */
    String suggestedFileName(SweepRow chosen) {
        String source = gains.sourceProperty().get();
        return figure.get() == ResultFigure.HEATMAP
                ? FigureExport.fileName("gains", chosen == null ? null : chosen.id(), source)
                : FigureExport.fileName("kld", chosen == null ? null : chosen.id(), source, gains.configProperty().get());
    }

    ObjectProperty<ResultFigure> figureProperty() { return figure; }
    ReadOnlyObjectProperty<JFreeChart> chartProperty() { return chart.getReadOnlyProperty(); }
}
