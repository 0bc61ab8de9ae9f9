/**
 * The bottom layer: implicit-feedback domains held compactly ({@link org.rectransfer.data.Dataset},
 * int ids and per-user CSR rows), their construction with duplicate merging
 * ({@link org.rectransfer.data.DatasetBuilder}), the filters of docs/method.md
 * ({@link org.rectransfer.data.Filters}), Table 2 statistics and per-user activity histograms.
 * Readers live in {@code data.io}, splits and samplers in {@code data.split}, the synthetic
 * generator in {@code data.synth}.
 */
package org.rectransfer.data;
