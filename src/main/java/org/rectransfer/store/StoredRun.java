package org.rectransfer.store;

import org.rectransfer.experiment.RunStatus;
import org.rectransfer.experiment.RunKind;

/**
 * A row of the {@code runs} table, as far as commands need it.
 *
 * @param id         the run id
 * @param kind       source, baseline or transfer
 * @param domain     the domain trained on
 * @param status     running, done or failed
 * @param hr         HR@k (NaN until done)
 * @param ndcg       NDCG@k
 * @param mrr        MRR
 * @param modelFile  the checkpoint, relative to the workspace, or null
 * @param settingsJson the run's settings as JSON (training, filter, read options)
 * @param dataFile   the data argument the run was trained on ({@code PATH} or {@code NAME=PATH})
 */
public record StoredRun(String id, RunKind kind, String domain, RunStatus status, double hr, double ndcg, double mrr,
                        String modelFile, String settingsJson, String dataFile) { }
