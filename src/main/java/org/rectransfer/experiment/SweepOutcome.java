package org.rectransfer.experiment;

import java.util.List;

/**
 * What one attempt at a sweep did.
 *
 * @param ran     tasks run now
 * @param skipped tasks already done before
 * @param failed  one line per task that failed
 * @param reused  tasks that took a model already trained outside this sweep (same bytes, settings and seed)
 * @param stopped tasks left undone because the sweep was stopped, those cut short included (their
 *                runs are recorded failed, "cancelled"); running the sweep again does them
 */
public record SweepOutcome(int ran, int skipped, List<String> failed, int reused, int stopped) {
    public SweepOutcome {
        failed = List.copyOf(failed);
    }

    /** An attempt that was not stopped. */
    public SweepOutcome(int ran, int skipped, List<String> failed, int reused) {
        this(ran, skipped, failed, reused, 0);
    }

    /** An attempt that reused no model of another sweep. */
    public SweepOutcome(int ran, int skipped, List<String> failed) {
        this(ran, skipped, failed, 0);
    }
}
