package org.rectransfer.experiment;

import org.rectransfer.analysis.TargetFactors;

/**
 * One cell group of the paper's Table 6: for a source and configuration, how gains correlate
 * with the targets' size and sparsity.
 *
 * @param source  the source domain
 * @param config  the configuration
 * @param factors the correlations and the observations behind them
 */
public record TargetFactorsRow(String source, String config, TargetFactors factors) { }
