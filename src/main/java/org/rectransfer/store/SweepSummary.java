package org.rectransfer.store;

import org.rectransfer.experiment.SweepStatus;

/**
 * A sweep as a list shows it.
 *
 * @param id        the sweep id
 * @param createdAt ISO-8601 UTC instant
 * @param status    {@code running}, {@code done} or {@code incomplete}
 * @param runs      its finished runs
 */
public record SweepSummary(String id, String createdAt, SweepStatus status, int runs) { }
