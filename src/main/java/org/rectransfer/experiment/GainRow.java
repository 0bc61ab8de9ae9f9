package org.rectransfer.experiment;

import java.util.Comparator;
import java.util.List;

/**
 * One target's row of a gain table.
 *
 * @param target     the target domain
 * @param baselineHr    the baseline's mean HR@k over seeds
 * @param baselineSd    the standard deviation of the baseline's HR@k over seeds (NaN with one seed):
 *                      how finely the target's HR resolves a gain
 * @param baselineSeeds the seeds the baseline was trained with
 * @param cells         one cell per configuration, in the sweep's order
 */
public record GainRow(String target, double baselineHr, double baselineSd, int baselineSeeds, List<GainCell> cells) {
    public GainRow {
        cells = List.copyOf(cells);
    }

    /** @return the configuration with the highest mean HR (the paper's last column); cells without a gain lose */
    public GainCell best() {
        return cells.stream().max(Comparator.comparingDouble(cell -> Double.isNaN(cell.hr()) ? Double.NEGATIVE_INFINITY : cell.hr()))
                .orElseThrow();
    }
}
