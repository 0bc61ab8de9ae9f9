package org.rectransfer.experiment;

import org.rectransfer.analysis.Correlation;
import org.rectransfer.analysis.LinearFit;

/**
 * The relation between KLD and gain for one source and configuration (one panel of Fig. 3).
 *
 * @param source   the source domain
 * @param config   the configuration
 * @param pearson  Pearson r with its two-sided p-value
 * @param spearman Spearman rho, as a check
 * @param line     least-squares line with its 95% band
 */
public record RelatednessFit(String source, String config, Correlation pearson, Correlation spearman, LinearFit line) { }
