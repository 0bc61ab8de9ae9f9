package org.rectransfer.experiment;

import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.ReadOptions;

/**
 * Everything besides the data file that determines a run's numbers; stored with every run so
 * that its data, split and model can be rebuilt.
 *
 * @param training the training and evaluation settings
 * @param filter   the data filter
 * @param read     how the data file was read
 */
public record RunSettings(TrainingSettings training, FilterSpec filter, ReadOptions read) { }
