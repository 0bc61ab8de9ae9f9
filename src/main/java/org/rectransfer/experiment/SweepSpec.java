package org.rectransfer.experiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
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
 * @param targetFractions the shares of each target's users trained on, in (0, 1]: a target at a share
 *                    below 1 is studied as its own target, named e.g. {@code Office@25%}, whose users are
 *                    drawn anew for each seed (the baseline and the transfers of one seed share them)
 */
public record SweepSpec(List<DomainSource> sources, List<DomainSource> targets, List<String> configs, List<Long> seeds,
                        int sourceSeeds, TrainingSettings settings, double tuneLr, FilterSpec filter, ReadOptions read,
                        List<Double> targetFractions) {
    /** Every target whole: the sweep of the paper. */
    public static final List<Double> WHOLE_TARGETS = List.of(1.0);

    public SweepSpec {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        targetFractions = List.copyOf(targetFractions);
        if (targetFractions.isEmpty()) throw new IllegalArgumentException("--target-fraction needs at least one share");
        for (double fraction : targetFractions) {
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("--target-fraction must be in (0, 1], got " + fraction);
            }
        }
        if (targetFractions.stream().distinct().count() < targetFractions.size()) {
            throw new IllegalArgumentException("--target-fraction names a share twice");
        }
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

    /** A sweep of whole targets. */
    public SweepSpec(List<DomainSource> sources, List<DomainSource> targets, List<String> configs, List<Long> seeds,
                     int sourceSeeds, TrainingSettings settings, double tuneLr, FilterSpec filter, ReadOptions read) {
        this(sources, targets, configs, seeds, sourceSeeds, settings, tuneLr, filter, read, WHOLE_TARGETS);
    }

    /**
     * @return the targets the sweep trains on: each target at each share of its users, in the order
     *         given (target by target), a share below 1 named {@code NAME@PERCENT%} with the same file
     */
    public List<DomainSource> plannedTargets() {
        List<DomainSource> planned = new ArrayList<>();
        for (DomainSource target : targets) {
            for (double fraction : targetFractions) {
                planned.add(fraction == 1 ? target : new DomainSource(shareName(target.name(), fraction), target.path()));
            }
        }
        return planned;
    }

    /** @return the name of {@code target} at a share of its users: {@code Office@25%} for 0.25, {@code Office} for 1 */
    public static String shareName(String target, double fraction) {
        return fraction == 1 ? target : target + "@" + percent(fraction) + "%";
    }

    /** @return e.g. {@code 25} for 0.25, {@code 12.5} for 0.125 */
    public static String percent(double fraction) {
        return java.math.BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /**
     * @return the filter of {@code task}'s domain: the sweep's, keeping the target's share of users
     *         drawn with the task's seed when the task trains on a share of a target
     */
    public FilterSpec filterFor(SweepTask task) {
        if (task.kind() == RunKind.SOURCE) return filter;
        for (DomainSource target : targets) {
            for (double fraction : targetFractions) {
                if (fraction < 1 && task.domain().name().equals(shareName(target.name(), fraction))) {
                    return filter.sampled(fraction, task.seed());
                }
            }
        }
        return filter;
    }

    private static void requireDistinct(String option, List<DomainSource> domains) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (DomainSource domain : domains) {
            if (!names.add(domain.name())) {
                throw new IllegalArgumentException(option + " names the domain " + domain.name() + " twice (give it another name: NAME=PATH)");
            }
        }
    }

    /** @return the source domains' names, in the order given */
    public List<String> sourceNames() {
        return sources.stream().map(DomainSource::name).toList();
    }

    /** @return the names of the targets trained on ({@link #plannedTargets()}), in the order given */
    public List<String> targetNames() {
        return plannedTargets().stream().map(DomainSource::name).toList();
    }

    /**
     * The one order of a sweep's results, used by every table, figure and screen: sources, then
     * baselines, then transfers; within each, sources and targets as the sweep lists them, then
     * configurations as it lists them, then seed. Not the order runs finished, which varies with
     * the parallelism. Names the sweep does not list (none, unless the workspace was edited) come last.
     */
    public Comparator<SweepRunRecord> runOrder() {
        List<String> sourceNames = sourceNames();
        List<String> targetNames = targetNames();
        return Comparator.comparing(SweepRunRecord::kind)
                .thenComparingInt(run -> position(sourceNames, run.source()))
                .thenComparingInt(run -> position(run.kind() == RunKind.SOURCE ? sourceNames : targetNames, run.target()))
                .thenComparing(run -> String.valueOf(run.source()))
                .thenComparing(SweepRunRecord::target)
                .thenComparingInt(run -> position(configs, run.config()))
                .thenComparing(SweepRunRecord::config)
                .thenComparingLong(SweepRunRecord::seed);
    }

    /** @return {@code present} configurations in the sweep's order, those it does not list last */
    public List<String> orderConfigs(Collection<String> present) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(present));
        sorted.sort(Comparator.comparingInt(config -> position(configs, config)));
        return sorted;
    }

    /** @return {@code present} target names in the sweep's order, those it does not list last */
    public List<String> orderTargets(Collection<String> present) {
        List<String> targetNames = targetNames();
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(present));
        sorted.sort(Comparator.comparingInt(target -> position(targetNames, target)));
        return sorted;
    }

    private static int position(List<String> names, String name) {
        int at = name == null ? -1 : names.indexOf(name);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** @return the seed of the source model a transfer at {@code seed} starts from */
    public long sourceSeedFor(long seed) {
        return sourceSeeds == 1 ? seeds.get(0) : seed;
    }
}
