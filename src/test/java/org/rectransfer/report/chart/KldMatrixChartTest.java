package org.rectransfer.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.rectransfer.analysis.NamedHistogram;
import org.rectransfer.analysis.RelatednessMatrix;
import org.rectransfer.data.ActivityHistogram;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.DatasetBuilder;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The KLD heatmap: one labelled cell per ordered pair, drawn headless. */
class KldMatrixChartTest {

    @Test
    void labelsEveryOrderedPairWithItsDivergenceAndDraws() {
        RelatednessMatrix matrix = RelatednessMatrix.of(List.of(named("A", 3, 5), named("B", 10, 40), named("C", 2, 60)));
        JFreeChart chart = new KldMatrixChart(ChartTheme.screen()).create(matrix);
        List<XYTextAnnotation> labels = ((XYPlot) chart.getPlot()).getAnnotations().stream()
                .filter(a -> a instanceof XYTextAnnotation).map(a -> (XYTextAnnotation) a).toList();
        assertThat(labels).hasSize(9);
        for (XYTextAnnotation label : labels) {
            int target = (int) label.getX();
            int source = (int) label.getY();
            assertThat(label.getText()).isEqualTo(KldMatrixChart.label(matrix.kld(source, target), 3));
            assertThat(label.getFont().getSize2D()).isEqualTo(ChartTheme.screen().annotationFont().getSize2D());
        }
        assertThat(KldMatrixChart.label(0.12345, 3)).isEqualTo("0.123");
        assertThat(KldMatrixChart.label(0.12345, 18)).isEqualTo("0.12");
        BufferedImage image = chart.createBufferedImage(600, 500);
        assertThat(image.getWidth()).isEqualTo(600);
    }

    /** A domain whose users have {@code degree} .. {@code degree + spread - 1} interactions, one user each. */
    private static NamedHistogram named(String name, int degree, int spread) {
        DatasetBuilder builder = new DatasetBuilder(name);
        for (int u = 0; u < spread; u++) {
            for (int i = 0; i < degree + u; i++) builder.add("u" + u, "i" + i, i);
        }
        Dataset data = builder.build();
        return new NamedHistogram(name, ActivityHistogram.of(data));
    }
}
