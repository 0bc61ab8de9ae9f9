package org.rectransfer.experiment;

/**
 * One finished run of a sweep, as the gain tables need it.
 *
 * @param kind   source, baseline or transfer
 * @param source the source domain of a transfer, else null
 * @param target the domain trained on
 * @param config the preset, {@code baseline} for non-transfers
 * @param seed   the seed
 * @param runId  the run
 * @param hr     HR@k on the test items
 * @param hits   per-user hits in user-index order (users without a test item left out)
 * @param collapsed whether the run's model scored every candidate of every user alike
 */
public record SweepRunRecord(RunKind kind, String source, String target, String config, long seed, String runId,
                             double hr, boolean[] hits, boolean collapsed) {

    /** @return this record with per-user hits attached */
    public SweepRunRecord withHits(boolean[] userHits) {
        return new SweepRunRecord(kind, source, target, config, seed, runId, hr, userHits, collapsed);
    }
}
