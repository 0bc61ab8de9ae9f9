package org.rectransfer.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.rectransfer.analysis.BandPoint;
import org.rectransfer.analysis.LinearFit;
import org.rectransfer.experiment.RelatednessFit;
import org.rectransfer.experiment.RelatednessPoint;
import org.rectransfer.experiment.RelatednessStudy;

/**
 * Fig. 3 for one source and one configuration: each target's relatedness KLD(H_u(S) || H_u(T))
 * against the configuration's gain on it, with the regression computed by the analysis.
 *
 * @param source      the source domain
 * @param config      the configuration, e.g. "config-5"
 * @param targets     the target of each point (its label)
 * @param kld         the KLD of each target
 * @param gainPercent the gain (%) of each target
 * @param fit         the least-squares line, band and correlation; null when too few points
 */
public record KldScatter(String source, String config, List<String> targets, double[] kld, double[] gainPercent,
                         RegressionFit fit) implements PlotData {
    public KldScatter {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(config, "config");
        targets = List.copyOf(targets);
        if (kld.length != targets.size() || gainPercent.length != targets.size()) {
            throw new IllegalArgumentException("need one KLD and one gain per target: " + targets.size()
                    + " targets, " + kld.length + " KLDs, " + gainPercent.length + " gains");
        }
        kld = kld.clone();
        gainPercent = gainPercent.clone();
    }

    /** @return the number of targets */
    public int size() { return targets.size(); }

    /** @return the KLD of point {@code i} */
    public double kldAt(int i) { return kld[i]; }

    /** @return the gain of point {@code i} */
    public double gainAt(int i) { return gainPercent[i]; }

    @Override
    public double[] kld() { return kld.clone(); }

    @Override
    public double[] gainPercent() { return gainPercent.clone(); }

    /**
     * Columns series, target, kld, gain_percent, ci_lower, ci_upper: a "point" row per target,
     * then a "fit" row per band position (gain_percent is then the fitted value).
     */
    @Override
    public CsvTable toCsv() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            rows.add(List.of("point", targets.get(i), CsvTable.number(kld[i]), CsvTable.number(gainPercent[i]), "", ""));
        }
        if (fit != null) {
            double[] x = fit.bandX();
            double[] lower = fit.bandLower();
            double[] upper = fit.bandUpper();
            for (int i = 0; i < x.length; i++) {
                rows.add(List.of("fit", "", CsvTable.number(x[i]), CsvTable.number(fit.fitted(x[i])),
                        CsvTable.number(lower[i]), CsvTable.number(upper[i])));
            }
        }
        return new CsvTable(List.of("series", "target", "kld", "gain_percent", "ci_lower", "ci_upper"), rows);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KldScatter k && source.equals(k.source) && config.equals(k.config)
                && targets.equals(k.targets) && Arrays.equals(kld, k.kld)
                && Arrays.equals(gainPercent, k.gainPercent) && Objects.equals(fit, k.fit);
    }

    @Override
    public int hashCode() { return Objects.hash(source, config, targets, Arrays.hashCode(kld), Arrays.hashCode(gainPercent)); }

    @Override
    public String toString() { return "KldScatter[" + source + ", " + config + ", " + size() + " targets]"; }

    /** Samples of the confidence band drawn (enough for a smooth curve at print size). */
    private static final int BAND_POINTS = 50;

    /**
     * One panel of Fig. 3 from a relatedness study: the points of {@code source} and {@code config}
     * with a finite KLD and gain, and the study's least-squares line with its 95 % band when the
     * study defines a line and a correlation.
     */
    public static KldScatter of(RelatednessStudy study, String source, String config) {
        List<RelatednessPoint> points = study.points().stream()
                .filter(p -> p.source().equals(source) && p.config().equals(config))
                .filter(p -> Double.isFinite(p.kld()) && Double.isFinite(p.gain())).toList();
        RelatednessFit fit = study.fits().stream().filter(f -> f.source().equals(source) && f.config().equals(config))
                .findFirst().orElse(null);
        double[] kld = points.stream().mapToDouble(RelatednessPoint::kld).toArray();
        double[] gain = points.stream().mapToDouble(RelatednessPoint::gain).toArray();
        return new KldScatter(source, config, points.stream().map(RelatednessPoint::target).toList(), kld, gain,
                regression(fit, kld));
    }

    private static RegressionFit regression(RelatednessFit fit, double[] kld) {
        if (fit == null || kld.length < 2 || !fit.line().isDefined() || !fit.pearson().isDefined()) return null;
        LinearFit line = fit.line();
        double min = Arrays.stream(kld).min().orElseThrow();
        double max = Arrays.stream(kld).max().orElseThrow();
        List<BandPoint> band = line.sampleBand(min, max, BAND_POINTS);
        double[] x = band.stream().mapToDouble(BandPoint::x).toArray();
        // With a perfect fit or too few points for a band, the band collapses onto the line.
        double[] lower = band.stream().mapToDouble(b -> Double.isFinite(b.lower()) ? b.lower() : b.fit()).toArray();
        double[] upper = band.stream().mapToDouble(b -> Double.isFinite(b.upper()) ? b.upper() : b.fit()).toArray();
        return new RegressionFit(line.intercept(), line.slope(), fit.pearson().coefficient(), fit.pearson().p(), x, lower, upper);
    }
}
