package org.rectransfer.experiment;

import org.rectransfer.data.io.DomainSource;

/**
 * One run of a sweep. Its {@link #key()} names it stably across restarts, so a resumed sweep
 * recognises what is already done.
 *
 * @param kind   source, baseline or transfer
 * @param domain the domain trained on (the target of a transfer)
 * @param source the source domain of a transfer, else null
 * @param config the transfer preset, {@code baseline} for source and baseline runs
 * @param seed   the seed
 * @param sourceSeed the seed of the source model a transfer starts from (else equal to seed)
 */
public record SweepTask(RunKind kind, DomainSource domain, DomainSource source, String config, long seed, long sourceSeed) {

    /** @return e.g. {@code transfer:Book>Office:config-6:s1} or {@code baseline:Office:s1} */
    public String key() {
        return switch (kind) {
            case TRANSFER -> "transfer:" + source.name() + ">" + domain.name() + ":" + config + ":s" + seed;
            default -> kind.stored() + ":" + domain.name() + ":s" + seed;
        };
    }

    /** @return the key of the source run a transfer needs */
    public String sourceKey() {
        return "source:" + source.name() + ":s" + sourceSeed;
    }
}
