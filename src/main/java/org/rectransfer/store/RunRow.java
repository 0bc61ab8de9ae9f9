package org.rectransfer.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.RunStatus;

/**
 * A run as a list of runs shows it: a row of {@code runs} with its sampled metrics and the sweeps
 * that list it.
 *
 * @param id           the run id
 * @param kind         source, baseline or transfer
 * @param domain       the domain trained on
 * @param dataFile     the data argument it was trained on ({@code PATH} or {@code NAME=PATH})
 * @param sourceRun    a transfer's source: a run id, a package file, or (in a sweep) the source domain's name; else null
 * @param plan         the plan ({@code baseline}, {@code config-N}, a custom plan), or null
 * @param seed         the seed
 * @param status       running, done or failed
 * @param metrics      the sampled protocol's metrics by name, registry order (empty until done)
 * @param bestEpoch    the epoch whose model was kept, or null until done
 * @param epochs       the epochs trained, or null until done
 * @param createdAt    when it began (ISO-8601 UTC)
 * @param error        why it failed, or null
 * @param modelFile    its checkpoint relative to the workspace, or null
 * @param settingsJson its settings as JSON (training, filter, read options)
 * @param sweeps       the sweeps whose tasks it is the result of, by id
 */
public record RunRow(String id, RunKind kind, String domain, String dataFile, String sourceRun, String plan, long seed,
                     RunStatus status, Map<String, Double> metrics, Integer bestEpoch, Integer epochs, String createdAt,
                     String error, String modelFile, String settingsJson, List<String> sweeps) {

    public RunRow {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        sweeps = List.copyOf(sweeps);
    }

    /** @return the sampled protocol's value of the metric named {@code name}, NaN if the run has none */
    public double metric(String name) { return metrics.getOrDefault(name, Double.NaN); }
}
