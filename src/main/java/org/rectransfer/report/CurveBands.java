package org.rectransfer.report;

import java.util.List;
import java.util.Objects;

/**
 * Bands to shade behind training curves that are means over repeated runs.
 *
 * @param description says what the lines and the bands are, e.g. "lines: mean over 3 seeds;
 *                    shaded: min to max"; shown under the title
 * @param loss        bands of the loss curves, matched to them by label
 * @param metric      bands of the metric curves, matched by label
 */
public record CurveBands(String description, List<CurveBand> loss, List<CurveBand> metric) {
    public CurveBands {
        Objects.requireNonNull(description, "description");
        loss = List.copyOf(loss);
        metric = List.copyOf(metric);
    }

    /** @return the band of the loss curve {@code label}, or null */
    public CurveBand lossBand(String label) { return find(loss, label); }

    /** @return the band of the metric curve {@code label}, or null */
    public CurveBand metricBand(String label) { return find(metric, label); }

    private static CurveBand find(List<CurveBand> bands, String label) {
        return bands.stream().filter(b -> b.label().equals(label)).findFirst().orElse(null);
    }
}
