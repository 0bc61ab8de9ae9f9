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
