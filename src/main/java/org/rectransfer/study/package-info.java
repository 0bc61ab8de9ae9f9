/**
 * The use cases of RecTransfer, shared by the command line and the workbench: run one transfer
 * over seeds ({@link org.rectransfer.study.TransferStudy}), record one run
 * ({@link org.rectransfer.study.RunRecorder}), run or resume a sweep
 * ({@link org.rectransfer.study.SweepStudy}), read a sweep's results
 * ({@link org.rectransfer.study.StoredSweep}) and choose a configuration
 * ({@link org.rectransfer.study.ChooseStudy}). The front ends translate input into these calls and
 * show what they return; {@code store} only stores (docs/architecture.md).
 */
package org.rectransfer.study;
