package org.rectransfer.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.RunStatus;

/**
 * A row of the {@code runs} table, as far as commands need it.
 *
 * @param id         the run id
 * @param kind       source, baseline or transfer
 * @param domain     the domain trained on
 * @param status     running, done or failed
 * @param metrics    the sampled protocol's metrics by name (registry order; empty until done),
 *                   from the {@code run_metrics} table
 * @param modelFile  the checkpoint, relative to the workspace, or null
 * @param settingsJson the run's settings as JSON (training, filter, read options)
 * @param dataFile   the data argument the run was trained on ({@code PATH} or {@code NAME=PATH})
 */
public record StoredRun(String id, RunKind kind, String domain, RunStatus status, Map<String, Double> metrics,
                        String modelFile, String settingsJson, String dataFile) {

    public StoredRun {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** @return HR@k on the sampled protocol (NaN until done) */
    public double hr() { return metric(org.rectransfer.eval.HitRatio.NAME); }

    /** @return the sampled protocol's value of the metric named {@code name}, NaN if the run has none */
    public double metric(String name) { return metrics.getOrDefault(name, Double.NaN); }
}
