package org.rectransfer.experiment;

import java.util.List;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;

/**
 * The study of the paper's Tables 3-5: every source x target x transfer configuration x seed,
 * plus the sources' models and the targets' baselines they need.
 *
 * @param sources     source domains (each pretrained once per seed, or once)
 * @param targets     target domains
 * @param configs     transfer presets ({@code config-1}..{@code config-7})
 * @param seeds       the seeds; every setting is repeated over them
 * @param sourceSeeds 0 to pretrain each source once per seed; 1 to pretrain it once (first seed)
 * @param settings    training settings (their seed is replaced by each sweep seed)
 * @param tuneLr      learning rate of tuned layers (unused by the presets, which freeze)
 * @param filter      the data filter
 * @param read        how files are read
 */
public record SweepSpec(List<DomainSource> sources, List<DomainSource> targets, List<String> configs, List<Long> seeds,
                        int sourceSeeds, TrainingSettings settings, double tuneLr, FilterSpec filter, ReadOptions read) {

    public SweepSpec {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        configs = List.copyOf(configs);
        seeds = List.copyOf(seeds);
        if (sources.isEmpty() || targets.isEmpty() || configs.isEmpty() || seeds.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one source, target, config and seed");
        }
        if (sourceSeeds != 0 && sourceSeeds != 1) throw new IllegalArgumentException("--source-seeds must be 1 (or omitted)");
        // Tasks are keyed by domain name: a name given twice would make two tasks claim one key.
        requireDistinct("--sources", sources);
        requireDistinct("--targets", targets);
        if (configs.stream().distinct().count() < configs.size()) throw new IllegalArgumentException("--configs names a config twice");
    }

    private static void requireDistinct(String option, List<DomainSource> domains) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (DomainSource domain : domains) {
            if (!names.add(domain.name())) {
                throw new IllegalArgumentException(option + " names the domain " + domain.name() + " twice (give it another name: NAME=PATH)");
            }
        }
    }

    /** @return the seed of the source model a transfer at {@code seed} starts from */
    public long sourceSeedFor(long seed) {
        return sourceSeeds == 1 ? seeds.get(0) : seed;
    }
}
