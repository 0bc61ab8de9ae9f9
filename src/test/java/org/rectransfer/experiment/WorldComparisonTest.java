package org.rectransfer.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WorldComparisonTest {
    private static final boolean[] NO_HITS = new boolean[0];
    private static final Map<String, String> WORLDS = Map.of("SA", "Alpha", "SB", "Beta", "TA", "Alpha", "TB", "Beta");
    private static final Function<String, Optional<String>> WORLD_OF = name -> Optional.ofNullable(WORLDS.get(name));

    private static SweepRunRecord baseline(String target, long seed, double hr) {
        return new SweepRunRecord(RunKind.BASELINE, null, target, "baseline", seed, "b" + target + seed, hr, NO_HITS, false);
    }

    private static SweepRunRecord transfer(String source, String target, long seed, double hr, boolean collapsed) {
        return new SweepRunRecord(RunKind.TRANSFER, source, target, "config-6", seed, source + target + seed, hr, NO_HITS, collapsed);
    }

    @Test
    void theWorldEffectIsSameWorldMinusOtherWorldGainPairedOverSeeds() {
        List<SweepRunRecord> runs = new ArrayList<>(List.of(baseline("TA", 1, 0.5), baseline("TB", 1, 0.4),
                baseline("TA", 2, 0.5), baseline("TB", 2, 0.4)));
        // seed 1: same-world +10 % (TA) and +20 % (TB); other-world 0 % and -10 %: effect 20 points
        runs.addAll(List.of(transfer("SA", "TA", 1, 0.55, false), transfer("SB", "TB", 1, 0.48, false),
                transfer("SB", "TA", 1, 0.50, false), transfer("SA", "TB", 1, 0.36, false)));
        // seed 2: same +0 % and +10 %; other +0 % and +0 %: effect 5 points
        runs.addAll(List.of(transfer("SA", "TA", 2, 0.50, false), transfer("SB", "TB", 2, 0.44, false),
                transfer("SB", "TA", 2, 0.50, false), transfer("SA", "TB", 2, 0.40, false)));
        List<WorldComparison.Row> rows = WorldComparison.of(runs, WORLD_OF);
        assertThat(rows).extracting(WorldComparison.Row::config).containsExactly("config-6", "all");
        WorldComparison.Row row = rows.get(0);
        assertThat(row.sameGain()).isCloseTo((15 + 5) / 2.0, within(1e-9));
        assertThat(row.otherGain()).isCloseTo((-5 + 0) / 2.0, within(1e-9));
        assertThat(row.effect()).isCloseTo(12.5, within(1e-9));
        assertThat(row.seeds()).isEqualTo(2);
        assertThat(row.test().isDefined()).isTrue();
        assertThat(row.test().statistic()).isPositive();
        assertThat(rows.get(1).effect()).isCloseTo(12.5, within(1e-9));
    }

    @Test
    void collapsedRunsAndDomainsWithoutAWorldAreLeftOut() {
        List<SweepRunRecord> runs = List.of(baseline("TA", 1, 0.5), baseline("TB", 1, 0.5), baseline("Real", 1, 0.5),
                transfer("SA", "TA", 1, 0.6, false),
                transfer("SA", "TB", 1, 0.0, true),       // collapsed: no other-world gain at seed 1
                transfer("SA", "Real", 1, 0.1, false));   // unknown world: ignored
        assertThat(WorldComparison.of(runs, WORLD_OF)).isEmpty();

        List<SweepRunRecord> live = new ArrayList<>(runs);
        live.add(transfer("SB", "TA", 1, 0.45, false));
        List<WorldComparison.Row> rows = WorldComparison.of(live, WORLD_OF);
        assertThat(rows.get(0).sameGain()).isCloseTo(20, within(1e-9));
        assertThat(rows.get(0).otherGain()).isCloseTo(-10, within(1e-9));
        assertThat(rows.get(0).seeds()).isEqualTo(1);
        assertThat(rows.get(0).test().isDefined()).isFalse();   // one seed: no test
    }
}
