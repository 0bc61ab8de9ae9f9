package org.rectransfer.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.rectransfer.report.GainMatrix;
import org.rectransfer.report.SampleInputs;

/** The heatmap colours gains on a diverging scale: red above zero, blue below, white at zero. */
class GainHeatmapColourTest {

    @Test
    void positiveAndNegativeCellsArePaintedRedAndBlue() {
        GainMatrix gains = SampleInputs.gains();
        JFreeChart chart = new GainHeatmapChart(ChartTheme.print()).create(gains);
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 640, 480), info);
        g.dispose();
        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();

        Color positive = cellColour(image, plot, dataArea, 0, 1); // Clothing, config-1: +19.9
        Color negative = cellColour(image, plot, dataArea, 1, 0); // Sport, config-2: -32.2
        assertThat(positive.getRed()).isGreaterThan(positive.getBlue() + 60);
        assertThat(negative.getBlue()).isGreaterThan(negative.getRed() + 60);
    }

    /** Samples near the cell's left edge, away from the value printed in its centre. */
    private static Color cellColour(BufferedImage image, XYPlot plot, Rectangle2D area, int config, int target) {
        double x = plot.getDomainAxis().valueToJava2D(config - 0.35, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(target, area, plot.getRangeAxisEdge());
        return new Color(image.getRGB((int) Math.round(x), (int) Math.round(y)));
    }

    @Test
    void scaleIsSymmetricAndCentredOnWhite() {
        DivergingPaintScale scale = new DivergingPaintScale(20);
        assertThat(scale.getLowerBound()).isEqualTo(-20);
        assertThat(scale.getUpperBound()).isEqualTo(20);
        Color zero = scale.colour(0);
        assertThat(Math.min(zero.getRed(), Math.min(zero.getGreen(), zero.getBlue()))).isGreaterThan(240);
        Color high = scale.colour(15);
        Color low = scale.colour(-15);
        assertThat(high.getRed()).isGreaterThan(high.getBlue());
        assertThat(low.getBlue()).isGreaterThan(low.getRed());
        assertThat(scale.colour(100)).isEqualTo(scale.colour(20));
        assertThat(scale.colour(Double.NaN)).isEqualTo(Palette.MISSING);
    }

    @Test
    void limitsAreRoundedUpToTidyNumbers() {
        assertThat(DivergingPaintScale.niceLimit(32.2)).isEqualTo(35);
        assertThat(DivergingPaintScale.niceLimit(19.9)).isEqualTo(20);
        assertThat(DivergingPaintScale.niceLimit(20)).isEqualTo(20);
        assertThat(DivergingPaintScale.niceLimit(3.2)).isEqualTo(3.5);
        assertThat(DivergingPaintScale.niceLimit(0)).isEqualTo(1);
        assertThat(new DivergingPaintScale(35).tickStep()).isEqualTo(10);
    }

    @Test
    void sharedLabelPrefixMovesIntoTheAxisTitle() {
        assertThat(GainHeatmapAxes.sharedPrefix(SampleInputs.CONFIGS)).isEqualTo("config-");
        assertThat(GainHeatmapAxes.sharedPrefix(List.of("config-1", "baseline"))).isEmpty();
        assertThat(GainHeatmapAxes.sharedPrefix(List.of("a-b-1", "a-b-2"))).isEqualTo("a-b-");
    }

    @Test
    void theConfigurationAxisSaysWhatEachColumnFreezes() {
        assertThat(GainHeatmapAxes.frozenLegend(List.of("config-1", "config-5", "config-6", "config-7")))
                .isEqualTo("Frozen: 1 = FC1\u20134, 5 = FC2\u20134, 6 = FC3\u20134, 7 = FC4");
        assertThat(GainHeatmapAxes.frozenLegend(List.of("config-1", "mine"))).isEmpty();
    }

    @Test
    void missingGainsAreGreyAndDoNotBreakTheChart() {
        GainMatrix gains = new GainMatrix("S", List.of("T1", "T2"), List.of("config-1", "config-2"),
                new double[][] {{Double.NaN, 1}, {-2, Double.NaN}}, null, null);
        JFreeChart chart = new GainHeatmapChart(ChartTheme.print()).create(gains);
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 320, 240));
        g.dispose();
        assertThat(gains.bestConfig(0)).isEqualTo(1);
    }

    @Test
    void hoveringACellOrAPointSaysWhatItIs() {
        org.rectransfer.report.GainMatrix gains = org.rectransfer.report.SampleInputs.gains();
        org.jfree.chart.plot.XYPlot heat = (org.jfree.chart.plot.XYPlot) new GainHeatmapChart(ChartTheme.screen()).create(gains).getPlot();
        int t = 1;
        int c = 2;
        String expected = String.format(java.util.Locale.ROOT, "%s, %s: %+.1f %%", gains.targets().get(t), gains.configs().get(c),
                gains.gainPercent()[t][c]);
        assertThat(heat.getRenderer().getDefaultToolTipGenerator().generateToolTip(heat.getDataset(), 0, t * gains.configs().size() + c))
                .startsWith(expected);
        org.rectransfer.report.KldScatter scatter = org.rectransfer.report.SampleInputs.scatter("config-1", 1);
        org.jfree.chart.plot.XYPlot points = (org.jfree.chart.plot.XYPlot) new KldScatterChart(ChartTheme.screen()).create(scatter).getPlot();
        assertThat(points.getRenderer(0).getDefaultToolTipGenerator().generateToolTip(points.getDataset(0), 0, 3))
                .isEqualTo(String.format(java.util.Locale.ROOT, "%s: KLD %.3f, gain %+.1f %%", scatter.targets().get(3),
                        scatter.kldAt(3), scatter.gainAt(3)));
    }
}
