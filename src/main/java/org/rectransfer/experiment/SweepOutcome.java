package org.rectransfer.experiment;

import java.util.List;

/**
 * What one attempt at a sweep did.
 *
 * @param ran     tasks run now
 * @param skipped tasks already done before
 * @param failed  one line per task that failed
 */
public record SweepOutcome(int ran, int skipped, List<String> failed) {
    public SweepOutcome {
        failed = List.copyOf(failed);
    }
}
