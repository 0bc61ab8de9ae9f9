package org.rectransfer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.GainHeatmapChart;
import org.rectransfer.report.chart.HistogramOverlayChart;
import org.rectransfer.report.chart.KldScatterChart;
import org.rectransfer.report.chart.NeuronImportanceChart;
import org.rectransfer.report.chart.TrainingCurvesChart;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.report.export.FigureExporter;
import org.rectransfer.report.export.FigureSize;

/** Every chart kind renders headless to a PNG of the requested size that is not blank. */
class ChartRenderingTest {
    private static final int DPI = 100;
    private final ChartTheme theme = ChartTheme.print();
    private final FigureExporter exporter = new FigureExporter();

    @TempDir
    Path dir;

    @Test
    void trainingCurves() throws IOException {
        assertDrawn(new TrainingCurvesChart(theme).create(SampleInputs.curves()), "training-curves.png");
    }

    @Test
    void trainingCurvesOfOneRunWithoutMetric() throws IOException {
        TrainingCurves one = new TrainingCurves("One run", "HR@10", List.of(SampleInputs.curves().loss().get(0)), List.of());
        assertDrawn(new TrainingCurvesChart(theme).create(one), "training-curves-one-run.png");
    }

    @Test
    void gainHeatmap() throws IOException {
        assertDrawn(new GainHeatmapChart(theme).create(SampleInputs.gains()), "gain-heatmap.png");
    }

    @Test
    void kldScatter() throws IOException {
        assertDrawn(new KldScatterChart(theme).create(SampleInputs.scatter("config-5", 3)), "kld-scatter.png");
    }

    @Test
    void kldScatterGridOfFourConfigurations() throws IOException {
        List<KldScatter> panels = List.of(SampleInputs.scatter("config-1", 1), SampleInputs.scatter("config-5", 2),
                SampleInputs.scatter("config-6", 3), SampleInputs.scatter("config-7", 4));
        Drawable grid = new KldScatterChart(theme.scaled(0.8)).grid("Source: Book", panels, 2);
        assertDrawn(grid, "kld-scatter-grid.png");
    }

    @Test
    void neuronImportance() throws IOException {
        assertDrawn(new NeuronImportanceChart(theme).create(SampleInputs.importance()), "neuron-importance.png");
    }

    @Test
    void histogramOverlay() throws IOException {
        assertDrawn(new HistogramOverlayChart(theme).create(SampleInputs.histogram()), "histogram-overlay.png");
    }

    @Test
    void smallGainMatrixWithMissingCellsAndNoTests() throws IOException {
        GainMatrix gains = new GainMatrix("Movie", List.of("Office", "Garden"), List.of("config-1", "config-5", "baseline-ft"),
                new double[][] {{5.15, Double.NaN, -1.2}, {4.74, -3.43, 0.3}}, null, null);
        assertDrawn(new GainHeatmapChart(theme).create(gains), "gain-heatmap-small.png");
    }

    @Test
    void longTrainingOfManyRuns() throws IOException {
        List<CurveSeries> loss = new java.util.ArrayList<>();
        List<CurveSeries> hr = new java.util.ArrayList<>();
        for (int r = 0; r < 8; r++) {
            double[] epochs = new double[100];
            double[] l = new double[100];
            double[] h = new double[100];
            for (int e = 0; e < 100; e++) {
                epochs[e] = e + 1;
                l[e] = 0.2 + 0.5 * Math.exp(-e / (10.0 + 3 * r));
                h[e] = 0.3 + 0.3 * (1 - Math.exp(-e / (15.0 + 2 * r)));
            }
            loss.add(new CurveSeries("config-" + (r + 1), epochs, l));
            hr.add(new CurveSeries("config-" + (r + 1), epochs, h));
        }
        assertDrawn(new TrainingCurvesChart(theme).create(new TrainingCurves("100 epochs, 8 runs", "HR@10", loss, hr)),
                "training-curves-many.png");
    }

    @Test
    void histogramOfOneBinPerCount() throws IOException {
        int bins = 180;
        double[] edges = new double[bins + 1];
        double[] source = new double[bins];
        double[] target = new double[bins];
        for (int i = 0; i <= bins; i++) edges[i] = 20 + i;
        double s = 0, t = 0;
        for (int i = 0; i < bins; i++) {
            source[i] = Math.exp(-i / 30.0);
            target[i] = Math.exp(-i / 12.0);
            s += source[i];
            t += target[i];
        }
        for (int i = 0; i < bins; i++) {
            source[i] /= s;
            target[i] /= t;
        }
        assertDrawn(new HistogramOverlayChart(theme).create(new HistogramOverlay("Book", "Garden", edges, source, target, 0.41)),
                "histogram-per-count.png");
    }

    private void assertDrawn(Drawable figure, String name) throws IOException {
        Path file = dir.resolve(name);
        ExportedFigure written = exporter.write(figure, file, FigureSize.DEFAULT, DPI);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(640).isEqualTo(written.widthPx());
        assertThat(image.getHeight()).isEqualTo(480).isEqualTo(written.heightPx());
        assertThat(ImageChecks.greyVariance(image)).as("grey variance").isGreaterThan(100);
        assertThat(ImageChecks.distinctColours(image)).as("distinct colours").isGreaterThan(50);
        // The 300 dpi copy is what people look at; the test above checks the 100 dpi one.
        Path print = dir.resolve("print-" + name);
        exporter.write(figure, print, FigureSize.DEFAULT, FigureExporter.DEFAULT_DPI);
        ImageChecks.keep(print);
    }
}
