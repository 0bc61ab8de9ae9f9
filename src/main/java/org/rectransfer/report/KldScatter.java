package org.rectransfer.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
}
