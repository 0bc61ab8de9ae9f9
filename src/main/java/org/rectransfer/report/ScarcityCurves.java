package org.rectransfer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectransfer.experiment.GainCell;
import org.rectransfer.experiment.GainRow;
import org.rectransfer.experiment.SweepSpec;

/**
 * Gain against the share of a target's users kept ({@code sweep --target-fraction}): for each
 * target and configuration, one point per share with the gain's mean and standard deviation over
 * seeds and whether it is significant. A row of the gain table named {@code Office@25%} is Office at
 * 25 %; a row named {@code Office} is Office whole.
 *
 * @param source  the source domain
 * @param targets the targets, in the sweep's order, each with its curves by configuration
 */
public record ScarcityCurves(String source, Map<String, Map<String, List<Point>>> targets) implements PlotData {

    /**
     * One share of a target.
     *
     * @param fraction    the share of the users kept, in (0, 1]
     * @param gain        the mean gain (%) over seeds
     * @param sd          its standard deviation over seeds (NaN with one seed)
     * @param significant whether the gain differs from 0 by the sweep's test at 5 %
     */
    public record Point(double fraction, double gain, double sd, boolean significant) { }

    /**
     * @param spec    the sweep (its shares and its target names)
     * @param source  the source whose gains are drawn
     * @param rows    that source's gain rows
     * @param configs the configurations to draw, in this order (each target keeps those it has)
     * @return the curves; a target is drawn when it has at least one share
     */
    public static ScarcityCurves of(SweepSpec spec, String source, List<GainRow> rows, List<String> configs) {
        Map<String, GainRow> byName = new LinkedHashMap<>();
        for (GainRow row : rows) byName.put(row.target(), row);
        Map<String, Map<String, List<Point>>> targets = new LinkedHashMap<>();
        for (String target : spec.targets().stream().map(t -> t.name()).toList()) {
            Map<String, List<Point>> curves = new LinkedHashMap<>();
            for (String config : configs) {
                List<Point> points = new ArrayList<>();
                for (double fraction : spec.targetFractions().stream().sorted().toList()) {
                    GainRow row = byName.get(SweepSpec.shareName(target, fraction));
                    if (row == null) continue;
                    row.cells().stream().filter(cell -> cell.config().equals(config)).findFirst()
                            .ifPresent(cell -> points.add(point(fraction, cell)));
                }
                if (!points.isEmpty()) curves.put(config, points);
            }
            if (!curves.isEmpty()) targets.put(target, curves);
        }
        return new ScarcityCurves(source, targets);
    }

    private static Point point(double fraction, GainCell cell) {
        return new Point(fraction, cell.gain(), cell.gainStd(), cell.significant());
    }

    @Override
    public CsvTable toCsv() {
        List<List<String>> rows = new ArrayList<>();
        targets.forEach((target, curves) -> curves.forEach((config, points) -> {
            for (Point p : points) {
                rows.add(List.of(source, target, config, CsvTable.number(p.fraction()), CsvTable.number(p.gain()),
                        CsvTable.number(p.sd()), String.valueOf(p.significant())));
            }
        }));
        return new CsvTable(List.of("source", "target", "config", "fraction", "gain_percent", "gain_sd", "significant"), rows);
    }
}
