package org.rectransfer.study;

import org.rectransfer.experiment.SweepStatus;

/**
 * A sweep as a list shows it, with how far it has come: its finished runs out of all its tasks.
 *
 * @param id        the sweep id
 * @param createdAt ISO-8601 UTC instant
 * @param status    {@code running}, {@code done} or {@code incomplete}
 * @param runs      its finished runs (one per finished task)
 * @param tasks     every task of the sweep (sources, baselines and transfers), from its stored
 *                  description; 0 when the description cannot be read
 */
public record SweepOverview(String id, String createdAt, SweepStatus status, int runs, int tasks) { }
