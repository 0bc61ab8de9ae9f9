package org.rectransfer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Training loss and a ranking metric per epoch for one or more runs, drawn as two stacked
 * panels over a shared epoch axis. Curves with the same label belong to the same run and get
 * the same colour in both panels.
 *
 * @param title      the figure title
 * @param metricName the metric of the lower panel, e.g. "HR@10"
 * @param loss       the training-loss curves
 * @param metric     the metric curves
 */
public record TrainingCurves(String title, String metricName, List<CurveSeries> loss, List<CurveSeries> metric)
        implements PlotData {
    public TrainingCurves {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(metricName, "metricName");
        loss = List.copyOf(loss);
        metric = List.copyOf(metric);
        if (loss.isEmpty() && metric.isEmpty()) throw new IllegalArgumentException("no curves");
    }

    /** @return the run labels in order of first appearance, loss curves first */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (CurveSeries s : loss) if (!labels.contains(s.label())) labels.add(s.label());
        for (CurveSeries s : metric) if (!labels.contains(s.label())) labels.add(s.label());
        return labels;
    }

    /** Columns run, quantity, epoch, value; one row per plotted (non-NaN) point. */
    @Override
    public CsvTable toCsv() {
        List<List<String>> rows = new ArrayList<>();
        addRows(rows, loss, "loss");
        addRows(rows, metric, metricName);
        return new CsvTable(List.of("run", "quantity", "epoch", "value"), rows);
    }

    private static void addRows(List<List<String>> rows, List<CurveSeries> curves, String quantity) {
        for (CurveSeries s : curves) {
            for (int i = 0; i < s.size(); i++) {
                if (Double.isNaN(s.valueAt(i))) continue;
                rows.add(List.of(s.label(), quantity, CsvTable.number(s.epochAt(i)), CsvTable.number(s.valueAt(i))));
            }
        }
    }
}
