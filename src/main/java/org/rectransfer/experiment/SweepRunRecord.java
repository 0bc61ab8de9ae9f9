package org.rectransfer.experiment;

/**
 * One finished run of a sweep, as the gain tables need it.
 *
 * @param kind   {@code source}, {@code baseline} or {@code transfer}
 * @param source the source domain of a transfer, else null
 * @param target the domain trained on
 * @param config the preset, {@code baseline} for non-transfers
 * @param seed   the seed
 * @param runId  the run
 * @param hr     HR@k on the test items
 * @param hits   per-user hits in user-index order (users without a test item left out)
 */
public record SweepRunRecord(String kind, String source, String target, String config, long seed, String runId,
                             double hr, boolean[] hits) { }
