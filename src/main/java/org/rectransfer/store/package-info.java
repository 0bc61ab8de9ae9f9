/**
 * The workspace: one SQLite database (runs, per-epoch metrics, per-user hits, sweeps) and the
 * model files beside it, written so that a killed process never leaves a half-recorded run.
 * The schema is documented in docs/workspace.md for direct use from pandas or R.
 */
package org.rectransfer.store;
