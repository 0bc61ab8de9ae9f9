/**
 * The paper's analyses (Nguyen et al. 2020, section 4.2): domain relatedness as the KL divergence
 * of interactions-per-user histograms ({@link org.rectransfer.analysis.Kld},
 * {@link org.rectransfer.analysis.RelatednessMatrix}); correlation, regression with a confidence
 * band and significance tests ({@link org.rectransfer.analysis.Pearson},
 * {@link org.rectransfer.analysis.Spearman}, {@link org.rectransfer.analysis.LeastSquares},
 * {@link org.rectransfer.analysis.TargetFactors}, {@link org.rectransfer.analysis.PairedTTest},
 * {@link org.rectransfer.analysis.McNemar}); and neuron importance by representation erasure
 * ({@link org.rectransfer.analysis.NeuronImportance}).
 *
 * <p>Plain Java on plain arrays (commons-math3 for distributions): no DL4J, no JavaFX. The
 * statistics never throw on data; they return NaN with a reason. Defaults and formulas are in
 * {@code docs/analysis.md}.
 */
package org.rectransfer.analysis;
