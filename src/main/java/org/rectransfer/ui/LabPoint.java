package org.rectransfer.ui;

import org.rectransfer.study.ModelRole;
import org.rectransfer.experiment.EpochMetrics;

/**
 * One finished epoch of one of the lab's models.
 *
 * @param series  which model
 * @param seed    the seed it was trained with
 * @param metrics its loss and HR after the epoch
 */
public record LabPoint(ModelRole series, long seed, EpochMetrics metrics) { }
