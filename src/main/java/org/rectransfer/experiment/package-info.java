/**
 * Runs and sweeps: preparing a domain (load, filter, split, candidates), the epoch loop with
 * evaluation and early stopping ({@link org.rectransfer.experiment.RunExecutor}), resumable
 * parallel sweeps over sources x targets x configs x seeds, the gain tables of the paper's
 * Tables 3-5, the relatedness study (Fig. 3, Table 6) and the engine benchmark. Results are
 * recorded through {@link org.rectransfer.experiment.SweepLedger}, which the store implements.
 */
package org.rectransfer.experiment;
