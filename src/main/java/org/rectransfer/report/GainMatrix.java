package org.rectransfer.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rectransfer.analysis.SignificanceRule;
import org.rectransfer.experiment.GainCell;
import org.rectransfer.experiment.GainRow;
import java.util.Objects;

/**
 * The gains of Tables 3-5 for one source domain: gain (%) of each transfer configuration over
 * the target's baseline, (HR - HR_baseline) / HR_baseline x 100. NaN marks a missing run.
 *
 * @param source       the source domain
 * @param targets      the target domains (rows)
 * @param configs      the configurations (columns), e.g. config-1..config-7
 * @param gainPercent  [target][config] gains in percent
 * @param significant  [target][config] whether the gain differs from the baseline significantly;
 *                     null when no test was run
 * @param baselineHr   the baseline HR@10 of each target; null when unknown
 */
public record GainMatrix(String source, List<String> targets, List<String> configs,
                         double[][] gainPercent, boolean[][] significant, double[] baselineHr)
        implements PlotData {
    public GainMatrix {
        Objects.requireNonNull(source, "source");
        targets = List.copyOf(targets);
        configs = List.copyOf(configs);
        if (targets.isEmpty() || configs.isEmpty()) throw new IllegalArgumentException("empty gains matrix");
        gainPercent = checkedCopy(gainPercent, targets.size(), configs.size());
        if (significant != null) {
            boolean[][] copy = new boolean[significant.length][];
            for (int t = 0; t < copy.length; t++) copy[t] = significant[t].clone();
            significant = copy;
            requireShape("significant", significant.length, significant, targets.size(), configs.size());
        }
        if (baselineHr != null) {
            if (baselineHr.length != targets.size()) throw new IllegalArgumentException("baselineHr needs one value per target");
            baselineHr = baselineHr.clone();
        }
    }

    /**
     * One source's rows of a gain table as a matrix, each gain marked significant by
     * {@link SignificanceRule} (the rule of the gain tables) at its {@link SignificanceRule#ALPHA};
     * a configuration a target lacks is NaN and not significant.
     *
     * @param configs the columns, in the order to show them (every configuration of the rows)
     */
    public static GainMatrix of(String source, List<GainRow> rows, List<String> configs) {
        double[][] gain = new double[rows.size()][configs.size()];
        boolean[][] significant = new boolean[rows.size()][configs.size()];
        double[] baseline = new double[rows.size()];
        for (int t = 0; t < rows.size(); t++) {
            java.util.Arrays.fill(gain[t], Double.NaN);
            baseline[t] = rows.get(t).baselineHr();
            for (GainCell cell : rows.get(t).cells()) {
                int c = configs.indexOf(cell.config());
                if (c < 0) throw new IllegalArgumentException("configuration " + cell.config() + " is not among the columns");
                gain[t][c] = cell.gain();
                significant[t][c] = cell.significant(SignificanceRule.ALPHA);
            }
        }
        return new GainMatrix(source, rows.stream().map(GainRow::target).toList(), configs, gain, significant, baseline);
    }

    private static double[][] checkedCopy(double[][] values, int rows, int columns) {
        double[][] copy = new double[values.length][];
        for (int t = 0; t < copy.length; t++) copy[t] = values[t].clone();
        requireShape("gainPercent", copy.length, copy, rows, columns);
        return copy;
    }

    private static void requireShape(String name, int length, Object[] rowsArray, int rows, int columns) {
        if (length != rows) throw new IllegalArgumentException(name + " has " + length + " rows, expected " + rows);
        for (Object row : rowsArray) {
            int n = row instanceof double[] d ? d.length : ((boolean[]) row).length;
            if (n != columns) throw new IllegalArgumentException(name + " row of " + n + " cells, expected " + columns);
        }
    }

    /** @return the gain (%) of configuration {@code c} on target {@code t}, NaN when missing */
    public double gain(int t, int c) { return gainPercent[t][c]; }

    /** @return whether that gain is marked significant (false when no test was run) */
    public boolean isSignificant(int t, int c) { return significant != null && significant[t][c]; }

    /** @return the baseline HR of target {@code t}, NaN when unknown */
    public double baseline(int t) { return baselineHr == null ? Double.NaN : baselineHr[t]; }

    /** @return the index of the configuration with the highest gain on target {@code t}, -1 when all are missing */
    public int bestConfig(int t) {
        int best = -1;
        for (int c = 0; c < configs.size(); c++) {
            if (!Double.isNaN(gainPercent[t][c]) && (best < 0 || gainPercent[t][c] > gainPercent[t][best])) best = c;
        }
        return best;
    }

    /** @return the largest |gain| over all cells, 0 when all are missing */
    public double maxAbsGain() {
        double max = 0;
        for (double[] row : gainPercent) for (double g : row) if (!Double.isNaN(g)) max = Math.max(max, Math.abs(g));
        return max;
    }

    @Override
    public double[][] gainPercent() {
        double[][] copy = new double[gainPercent.length][];
        for (int t = 0; t < copy.length; t++) copy[t] = gainPercent[t].clone();
        return copy;
    }

    @Override
    public boolean[][] significant() {
        if (significant == null) return null;
        boolean[][] copy = new boolean[significant.length][];
        for (int t = 0; t < copy.length; t++) copy[t] = significant[t].clone();
        return copy;
    }

    @Override
    public double[] baselineHr() { return baselineHr == null ? null : baselineHr.clone(); }

    /** Columns source, target, config, gain_percent, significant, baseline_hr; one row per cell. */
    @Override
    public CsvTable toCsv() {
        List<List<String>> rows = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            for (int c = 0; c < configs.size(); c++) {
                rows.add(List.of(source, targets.get(t), configs.get(c), CsvTable.number(gain(t, c)),
                        significant == null ? "" : Boolean.toString(significant[t][c]),
                        CsvTable.number(baseline(t))));
            }
        }
        return new CsvTable(List.of("source", "target", "config", "gain_percent", "significant", "baseline_hr"), rows);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GainMatrix g && source.equals(g.source) && targets.equals(g.targets)
                && configs.equals(g.configs) && Arrays.deepEquals(gainPercent, g.gainPercent)
                && Arrays.deepEquals(significant, g.significant) && Arrays.equals(baselineHr, g.baselineHr);
    }

    @Override
    public int hashCode() { return Objects.hash(source, targets, configs, Arrays.deepHashCode(gainPercent)); }

    @Override
    public String toString() { return "GainMatrix[" + source + ", " + targets.size() + " x " + configs.size() + "]"; }
}
