package org.rectransfer.cli;

import java.util.List;

/**
 * The options of {@code rectransfer figure} that say what to plot.
 *
 * @param sweep   the sweep, or null
 * @param runs    the runs, empty when none were given
 * @param source  the source domain name, or null for the sweep's first source
 * @param target  the target domain name, or null
 * @param configs the configurations to show, empty for the default
 */
record FigureRequest(String sweep, List<String> runs, String source, String target, List<String> configs) {
    FigureRequest {
        runs = runs == null ? List.of() : List.copyOf(runs);
        configs = configs == null ? List.of() : List.copyOf(configs);
    }

    /** @return the one run of a kind that plots a single run */
    String singleRun(String kind) {
        if (runs.size() != 1) throw new UsageException("figure " + kind + " plots one run, not " + runs.size() + ": give --run ID");
        return runs.get(0);
    }
}
