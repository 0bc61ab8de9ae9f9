package org.rectransfer.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectransfer.analysis.Kld;
import org.rectransfer.analysis.LeastSquares;
import org.rectransfer.analysis.Pearson;
import org.rectransfer.analysis.SizeMeasure;
import org.rectransfer.analysis.Spearman;
import org.rectransfer.analysis.TargetFactors;
import org.rectransfer.analysis.TargetObservation;
import org.rectransfer.data.ActivityHistogram;
import org.rectransfer.data.DomainStats;

/**
 * The paper's second question (Sec. 4.2, Fig. 3, Table 6): do gains depend on how related the
 * domains are (KLD of per-user activity histograms), and on the target's size and sparsity?
 *
 * @param points  every (source, target, config) point
 * @param fits    per source and configuration, the correlation and regression of gain on KLD
 * @param factors per source and configuration, Table 6's correlations
 */
public record RelatednessStudy(List<RelatednessPoint> points, List<RelatednessFit> fits, List<TargetFactorsRow> factors) {

    /**
     * @param gains      the sweep's gain tables
     * @param histograms each domain's per-user activity histogram (filtered), by name; rows of targets
     *                   without one (shares of a target's users) are left out
     * @param stats      each domain's statistics (filtered), by name
     */
    public static RelatednessStudy of(GainTable gains, Map<String, ActivityHistogram> histograms, Map<String, DomainStats> stats) {
        List<RelatednessPoint> points = new ArrayList<>();
        List<RelatednessFit> fits = new ArrayList<>();
        List<TargetFactorsRow> factors = new ArrayList<>();
        gains.sources().forEach((source, rows) -> {
            Map<String, List<RelatednessPoint>> byConfig = new LinkedHashMap<>();
            Map<String, List<TargetObservation>> observations = new LinkedHashMap<>();
            for (GainRow row : rows) {
                // A target trained on a share of its users (Office@25%) has no histogram of its own: it is
                // the whole domain's relatedness that Fig. 3 is about, and one target must count once.
                if (!histograms.containsKey(row.target())) continue;
                double kld = Kld.between(histograms.get(source), histograms.get(row.target()));
                for (GainCell cell : row.cells()) {
                    RelatednessPoint point = new RelatednessPoint(source, row.target(), cell.config(), kld, cell.gain());
                    points.add(point);
                    byConfig.computeIfAbsent(cell.config(), c -> new ArrayList<>()).add(point);
                    observations.computeIfAbsent(cell.config(), c -> new ArrayList<>())
                            .add(TargetObservation.of(cell.gain(), stats.get(row.target()), SizeMeasure.INTERACTIONS));
                }
            }
            byConfig.forEach((config, configPoints) -> {
                double[] x = configPoints.stream().mapToDouble(RelatednessPoint::kld).toArray();
                double[] y = configPoints.stream().mapToDouble(RelatednessPoint::gain).toArray();
                fits.add(new RelatednessFit(source, config, Pearson.of(x, y), Spearman.of(x, y), LeastSquares.fit(x, y)));
                factors.add(new TargetFactorsRow(source, config, TargetFactors.of(observations.get(config))));
            });
        });
        return new RelatednessStudy(points, fits, factors);
    }
}
