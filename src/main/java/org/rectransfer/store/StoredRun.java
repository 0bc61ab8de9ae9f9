package org.rectransfer.store;

/**
 * A row of the {@code runs} table, as far as commands need it.
 *
 * @param id         the run id
 * @param kind       {@code baseline}, {@code transfer} or {@code popularity}
 * @param domain     the domain trained on
 * @param status     {@code running}, {@code done} or {@code failed}
 * @param hr         HR@k (NaN until done)
 * @param ndcg       NDCG@k
 * @param mrr        MRR
 * @param modelFile  the checkpoint, relative to the workspace, or null
 * @param settingsJson the run's settings as JSON (training, filter, read options)
 * @param dataFile   the data argument the run was trained on ({@code PATH} or {@code NAME=PATH})
 */
public record StoredRun(String id, String kind, String domain, String status, double hr, double ndcg, double mrr,
                        String modelFile, String settingsJson, String dataFile) { }
