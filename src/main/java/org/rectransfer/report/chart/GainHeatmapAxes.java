package org.rectransfer.report.chart;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleInsets;
import org.rectransfer.report.GainMatrix;

/** The label axes of {@link GainHeatmapChart}: configurations, targets and baseline HR. */
final class GainHeatmapAxes {
    private GainHeatmapAxes() { }

    /**
     * Column labels. Cells are too narrow for "config-1" .. "config-7" side by side, so a prefix
     * shared by all labels moves into the axis title ("Configuration") and the ticks keep the rest.
     */
    static SymbolAxis configs(GainMatrix gains) {
        List<String> configs = gains.configs();
        String prefix = sharedPrefix(configs);
        String[] ticks = configs.stream().map(c -> c.substring(prefix.length())).toArray(String[]::new);
        String name = prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1);
        String title = name == null ? null : name.equalsIgnoreCase("config") ? "Configuration"
                : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        SymbolAxis axis = new SymbolAxis(title, ticks);
        axis.setRange(-0.5, configs.size() - 0.5);
        return axis;
    }

    /**
     * @return what each column freezes, for a line above the heatmap: "Frozen: 1 = FC1-4, ..., 7 = FC4",
     *         so that a reader need not know Table 1 by heart; "" when a column is no preset. A
     *         subtitle rather than the axis title, because a subtitle wraps on a narrow screen.
     */
    static String frozenLegend(List<String> configs) {
        List<String> parts = new java.util.ArrayList<>();
        for (String config : configs) {
            if (!config.startsWith("config-")) return "";
            org.rectransfer.model.TransferPlan plan;
            try {
                plan = org.rectransfer.model.TransferPlan.preset(config, 4);
            } catch (IllegalArgumentException e) {
                return "";
            }
            List<Integer> frozen = new java.util.ArrayList<>();
            for (int k = 1; k <= 4; k++) {
                if (plan.mode(org.rectransfer.model.LayerName.fc(k)) == org.rectransfer.model.TransferMode.FROZEN) frozen.add(k);
            }
            String layers = frozen.isEmpty() ? "none" : frozen.size() == 1 ? "FC" + frozen.get(0)
                    : "FC" + frozen.get(0) + "\u2013" + frozen.get(frozen.size() - 1);
            parts.add(config.substring("config-".length()) + " = " + layers);
        }
        return parts.isEmpty() ? "" : "Frozen: " + String.join(", ", parts);
    }

    /** @return the longest prefix ending in '-' that every label has and none consists of, or "" */
    static String sharedPrefix(List<String> labels) {
        String first = labels.get(0);
        for (int end = first.lastIndexOf('-'); end > 0; end = first.lastIndexOf('-', end - 1)) {
            String prefix = first.substring(0, end + 1);
            if (labels.stream().allMatch(l -> l.startsWith(prefix) && l.length() > prefix.length())) return prefix;
        }
        return "";
    }

    /** Row labels, first target on top. */
    static SymbolAxis targets(GainMatrix gains) {
        SymbolAxis axis = new SymbolAxis("Target domain", gains.targets().toArray(new String[0]));
        axis.setRange(-0.5, gains.targets().size() - 0.5);
        axis.setInverted(true); // first target on top, as in the paper's tables
        return axis;
    }

    /** The right-hand axis: each row's baseline HR@10, the denominator of its gains. */
    static SymbolAxis baselines(GainMatrix gains) {
        String[] labels = new String[gains.targets().size()];
        for (int t = 0; t < labels.length; t++) {
            double hr = gains.baseline(t);
            labels[t] = Double.isNaN(hr) ? "n/a" : String.format(Locale.ROOT, "%.3f", hr);
        }
        SymbolAxis axis = new SymbolAxis("Baseline HR@10", labels);
        axis.setRange(-0.5, labels.length - 0.5);
        axis.setInverted(true);
        return axis;
    }

    /** Heatmap axes are labels only: no lines, ticks or bands competing with the cells. */
    static void bare(ValueAxis axis) {
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        if (axis instanceof SymbolAxis s) {
            s.setGridBandsVisible(false);
            // One label per row and column: a heatmap is read like a table, no label may be skipped.
            s.setTickUnit(new NumberTickUnit(1), false, false);
            s.setAutoTickUnitSelection(false, false);
            // The theme's wide insets thin out numeric ticks; here they would hide every other label.
            s.setTickLabelInsets(new RectangleInsets(2, 2, 2, 2));
        }
    }
}
