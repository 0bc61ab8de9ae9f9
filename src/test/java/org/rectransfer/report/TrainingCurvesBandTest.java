package org.rectransfer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.TrainingCurvesChart;
import org.rectransfer.report.export.FigureExporter;
import org.rectransfer.report.export.FigureSize;

/** Training curves that are means over seeds, with their min..max bands shaded behind them. */
class TrainingCurvesBandTest {
    @TempDir
    Path dir;

    @Test
    void bandsAreShadedBehindTheirCurvesOutOfTheLegendAndDescribedUnderTheTitle() throws Exception {
        List<CurveSeries> loss = new ArrayList<>();
        List<CurveSeries> hr = new ArrayList<>();
        List<CurveBand> lossBands = new ArrayList<>();
        List<CurveBand> hrBands = new ArrayList<>();
        String[] labels = {"source (Book)", "baseline (Art)", "transfer (config-6)"};
        for (int r = 0; r < 3; r++) {
            int n = 12 + 4 * r;   // early stopping: the runs end at different epochs
            double[] epochs = new double[n];
            double[] l = new double[n];
            double[] h = new double[n];
            double[] spread = new double[n];
            int[] runs = new int[n];
            for (int e = 0; e < n; e++) {
                epochs[e] = e + 1;
                l[e] = 0.25 + 0.4 * Math.exp(-e / (4.0 + r));
                h[e] = 0.3 + 0.25 * (1 - Math.exp(-e / (5.0 + r)));
                spread[e] = 0.01 + 0.004 * e;
                runs[e] = e < n - 4 ? 3 : 1;
            }
            loss.add(new CurveSeries(labels[r], epochs, l));
            hr.add(new CurveSeries(labels[r], epochs, h));
            lossBands.add(band(labels[r], epochs, l, spread, runs));
            hrBands.add(band(labels[r], epochs, h, spread, runs));
        }
        CurveBands bands = new CurveBands("Lines: mean over seeds 1–3; shaded: min to max", lossBands, hrBands);
        JFreeChart chart = new TrainingCurvesChart(ChartTheme.print())
                .create(new TrainingCurves("Transfer Book → Art (config-6)", "HR@10", loss, hr), bands);

        assertThat(chart.getSubtitles()).anySatisfy(title ->
                assertThat(title).isInstanceOfSatisfying(TextTitle.class, t -> assertThat(t.getText()).isEqualTo(bands.description())));
        assertThat(chart.getLegend().getSources()[0].getLegendItems().getItemCount()).isEqualTo(3);
        XYPlot hrPanel = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(1);
        assertThat(hrPanel.getDatasetCount()).isEqualTo(2);
        assertThat(hrPanel.getDataset(1).getSeriesCount()).isEqualTo(3);
        assertThat(hrPanel.getRenderer(0).getDefaultToolTipGenerator().generateToolTip(hrPanel.getDataset(0), 2, 0))
                .isEqualTo("transfer (config-6), epoch 1: mean 0.3000, min 0.2900, max 0.3100 over 3 runs");

        Path png = dir.resolve("training-curves-bands.png");
        new FigureExporter().write(chart, png, FigureSize.DEFAULT, 100);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(ImageChecks.distinctColours(image)).isGreaterThan(50);
        ImageChecks.keep(png);
        // The figure without bands is unchanged: no second dataset, no subtitle.
        JFreeChart plain = new TrainingCurvesChart(ChartTheme.print()).create(new TrainingCurves("plain", "HR@10", loss, hr));
        assertThat(((CombinedDomainXYPlot) plain.getXYPlot()).getSubplots().get(1).getDatasetCount()).isEqualTo(1);
        assertThat(plain.getSubtitles()).noneMatch(TextTitle.class::isInstance);
    }

    private static CurveBand band(String label, double[] epochs, double[] mean, double[] spread, int[] runs) {
        double[] low = new double[mean.length];
        double[] high = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            low[i] = mean[i] - spread[i];
            high[i] = mean[i] + spread[i];
        }
        return new CurveBand(label, epochs, low, high, runs);
    }
}
