package org.rectransfer.report.chart;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.rectransfer.report.LayerImportance;
import org.rectransfer.report.NeuronImportance;

/**
 * Fig. 2: one bar per neuron, grouped into a panel per layer (input side on the left) over a
 * shared importance axis, each layer in its own colour with its mean as a dashed line. Panels are
 * as wide as their layer has neurons, so bars have the same width everywhere, except that narrow
 * layers get a minimum width to keep their axis readable.
 */
public final class NeuronImportanceChart {
    /** The smallest share of the width a layer's panel gets. */
    private static final double MIN_PANEL_SHARE = 0.12;
    private final ChartTheme theme;

    /** @param theme the look of the chart */
    public NeuronImportanceChart(ChartTheme theme) { this.theme = theme; }

    /** @return the chart of {@code data} */
    public JFreeChart create(NeuronImportance data) {
        NumberAxis importanceAxis = new NumberAxis("Importance");
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(importanceAxis);
        plot.setGap(theme.basePoints());
        List<LayerImportance> layers = data.layers();
        int total = layers.stream().mapToInt(LayerImportance::size).sum();
        for (LayerImportance layer : layers) {
            int weight = weight(layer.size(), total);
            plot.add(panel(layer, weight >= 250), weight);
        }
        JFreeChart chart = new JFreeChart(data.title(), theme.titleFont(), plot, false);
        chart.addSubtitle(theme.subtitle(meansText(layers)));
        theme.apply(chart);
        for (int i = 0; i < layers.size(); i++) decorate(plot.getSubplots().get(i), layers.get(i), i);
        return chart;
    }

    /** The means go in the subtitle: as marker labels they would not fit the narrow panels. */
    private static String meansText(List<LayerImportance> layers) {
        StringBuilder text = new StringBuilder("Layer mean (dashed):");
        for (LayerImportance layer : layers) {
            text.append(String.format(Locale.ROOT, "  %s %.3g", layer.layer(), layer.mean()));
        }
        return text.toString();
    }

    /** Subplot weights are integers; thousandths keep the proportions exact enough. */
    private static int weight(int neurons, int total) {
        return (int) Math.round(1000 * Math.max((double) neurons / total, MIN_PANEL_SHARE));
    }

    private static XYPlot panel(LayerImportance layer, boolean wide) {
        XYIntervalSeries series = new XYIntervalSeries(layer.layer());
        for (int i = 0; i < layer.size(); i++) {
            double v = layer.at(i);
            if (!Double.isNaN(v)) series.add(i + 1, i + 0.5, i + 1.5, v, Math.min(0, v), Math.max(0, v));
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series);
        NumberAxis neuronAxis = new NumberAxis(layer.layer());
        neuronAxis.setRange(0.5, layer.size() + 0.5);
        // Four ticks on wide panels (every 16th of 64 neurons), two on narrow ones (every 4th of 8).
        int ticks = wide ? 4 : 2;
        neuronAxis.setTickUnit(new NumberTickUnit(Math.max(1, Integer.highestOneBit(layer.size() / ticks))));
        XYBarRenderer renderer = new XYBarRenderer(0.15);
        return new XYPlot(dataset, neuronAxis, null, renderer);
    }

    private void decorate(XYPlot panel, LayerImportance layer, int index) {
        XYBarRenderer renderer = (XYBarRenderer) panel.getRenderer();
        renderer.setSeriesPaint(0, Palette.series(index));
        renderer.setDrawBarOutline(false);
        panel.setDomainGridlinesVisible(false);
        double mean = layer.mean();
        if (Double.isNaN(mean)) return;
        panel.addRangeMarker(new ValueMarker(mean, Palette.INK, theme.referenceStroke()));
    }
}
