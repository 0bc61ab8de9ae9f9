/**
 * The synthetic data generator behind the committed {@code sample-data/}: domains named like the
 * paper's, generated from hidden interaction functions ("worlds") that related domains share, so
 * that transferring a source model's FC layers to a target is a real, measurable effect.
 *
 * <p>Entry points: {@link org.rectransfer.data.synth.SampleDomains} (the 18 recipes and the
 * default seed) and {@link org.rectransfer.data.synth.SyntheticGenerator}. The model is
 * documented in {@code docs/synthetic-data.md}.
 */
package org.rectransfer.data.synth;
