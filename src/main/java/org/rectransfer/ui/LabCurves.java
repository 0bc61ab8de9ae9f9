package org.rectransfer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.report.CurveBands;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.TrainingCurvesChart;
import org.rectransfer.study.ModelRole;

/**
 * The lab's curves from the epochs so far: per model the mean loss and HR over the seeds, with
 * the min..max band over the seeds that reached each epoch.
 *
 * @param points        every finished epoch, of every model and seed
 * @param label         each model's legend label
 * @param title         the figure's title
 * @param seeds         how many seeds the run trains
 * @param earlyStopping whether the run stops early: its curve is the validation HR, else the test items' HR
 */
record LabCurves(List<LabPoint> points, Function<ModelRole, String> label, String title, int seeds, boolean earlyStopping) {

    /** @return the curves (means over seeds); empty before the first epoch */
    Optional<TrainingCurves> curves() {
        List<SeedCurves> loss = seedCurves(EpochMetrics::loss);
        if (loss.isEmpty()) return Optional.empty();
        List<SeedCurves> hr = seedCurves(LabCurves::shownHr);
        return Optional.of(new TrainingCurves(title, earlyStopping ? "validation HR@10" : "test HR@10",
                loss.stream().map(SeedCurves::mean).toList(), hr.stream().map(SeedCurves::mean).toList()));
    }

    /** @return the min..max band over seeds of every curve; empty with one seed or before the first epoch */
    Optional<CurveBands> bands() {
        List<SeedCurves> loss = seedCurves(EpochMetrics::loss);
        if (loss.isEmpty() || seeds < 2) return Optional.empty();
        String description = "Lines: mean over " + TransferLabViewModel.describeSeeds(seeds)
                + "; shaded: min to max over the seeds that reached the epoch";
        return Optional.of(new CurveBands(description, loss.stream().map(SeedCurves::band).toList(),
                seedCurves(LabCurves::shownHr).stream().map(SeedCurves::band).toList()));
    }

    /** @return the figure in {@code theme}; empty before the first epoch */
    Optional<JFreeChart> chart(ChartTheme theme) {
        return curves().map(curves -> new TrainingCurvesChart(theme).create(curves, bands().orElse(null)));
    }

    /** @return the HR an epoch's curve shows: validation HR@10 when the run stops early, else the test items' HR@10 */
    private static double shownHr(EpochMetrics metrics) {
        return Double.isFinite(metrics.validationHr()) ? metrics.validationHr() : metrics.hr();
    }

    private List<SeedCurves> seedCurves(ToDoubleFunction<EpochMetrics> value) {
        List<SeedCurves> curves = new ArrayList<>();
        for (ModelRole role : ModelRole.values()) {
            List<EpochMetrics> epochsOf = points.stream().filter(p -> p.series() == role).map(LabPoint::metrics).toList();
            if (!epochsOf.isEmpty()) curves.add(SeedCurves.of(label.apply(role), epochsOf, value));
        }
        return curves;
    }
}
