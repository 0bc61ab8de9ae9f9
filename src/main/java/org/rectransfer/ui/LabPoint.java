package org.rectransfer.ui;

import org.rectransfer.experiment.EpochMetrics;

/**
 * One finished epoch of one of the lab's models.
 *
 * @param series  which model
 * @param metrics its loss and HR after the epoch
 */
public record LabPoint(LabSeries series, EpochMetrics metrics) { }
