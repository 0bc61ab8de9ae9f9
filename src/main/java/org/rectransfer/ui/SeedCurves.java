package org.rectransfer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.report.CurveBand;
import org.rectransfer.report.CurveSeries;

/**
 * One of the lab's curves over seeds: at each epoch the mean, the lowest and the highest value
 * over the seeds that reached that epoch (with early stopping, seeds stop at different epochs,
 * and while training the seeds run at different paces). Values that are not numbers (metrics not
 * evaluated at an epoch) are left out.
 *
 * @param mean the curve of the means
 * @param band the min..max band and the number of seeds at each epoch
 */
record SeedCurves(CurveSeries mean, CurveBand band) {

    /**
     * @param label  the curve's label
     * @param points the epochs of every seed of one model, in any order
     * @param value  the quantity, e.g. {@code EpochMetrics::loss}
     * @return the mean curve and its band; empty curves when no point has a value
     */
    static SeedCurves of(String label, List<EpochMetrics> points, ToDoubleFunction<EpochMetrics> value) {
        Map<Integer, List<Double>> byEpoch = new TreeMap<>();
        for (EpochMetrics point : points) {
            double v = value.applyAsDouble(point);
            if (Double.isFinite(v)) byEpoch.computeIfAbsent(point.epoch(), e -> new ArrayList<>()).add(v);
        }
        int n = byEpoch.size();
        double[] epochs = new double[n];
        double[] means = new double[n];
        double[] lows = new double[n];
        double[] highs = new double[n];
        int[] counts = new int[n];
        int i = 0;
        for (Map.Entry<Integer, List<Double>> entry : byEpoch.entrySet()) {
            List<Double> values = entry.getValue();
            epochs[i] = entry.getKey();
            means[i] = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            lows[i] = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            highs[i] = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            counts[i] = values.size();
            i++;
        }
        return new SeedCurves(new CurveSeries(label, epochs, means), new CurveBand(label, epochs, lows, highs, counts));
    }
}
