package org.rectransfer.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GainTableTest {
    private static final boolean[] NO_HITS = new boolean[0];

    private static SweepRunRecord baseline(String target, long seed, double hr) {
        return new SweepRunRecord(RunKind.BASELINE, null, target, "baseline", seed, "b" + seed, hr, NO_HITS, false);
    }

    private static SweepRunRecord transfer(String target, String config, long seed, double hr) {
        return new SweepRunRecord(RunKind.TRANSFER, "Book", target, config, seed, "t" + seed + config, hr, NO_HITS, false);
    }

    @Test
    void gainIsRelativeToTheMeanBaselineHrAndTheBestConfigWins() {
        GainTable table = GainTable.of(List.of(
                new SweepRunRecord(RunKind.SOURCE, null, "Book", "baseline", 1, "s1", 0.7, NO_HITS, false),
                baseline("Office", 1, 0.30), baseline("Office", 2, 0.20),
                transfer("Office", "config-1", 1, 0.33), transfer("Office", "config-1", 2, 0.21),
                transfer("Office", "config-2", 1, 0.24), transfer("Office", "config-2", 2, 0.18)));
        GainRow row = table.sources().get("Book").get(0);
        assertThat(row.target()).isEqualTo("Office");
        assertThat(row.baselineHr()).isCloseTo(0.25, within(1e-12));
        GainCell config1 = row.cells().get(0);
        // mean HR 0.27 against 0.25: +8 %; per-seed gains +10 % and +5 %: std = 3.5355
        assertThat(config1.gain()).isCloseTo(8.0, within(1e-9));
        assertThat(config1.gainStd()).isCloseTo(Math.sqrt(12.5), within(1e-9));
        assertThat(config1.seeds()).isEqualTo(2);
        assertThat(row.cells().get(1).gain()).isCloseTo(-16.0, within(1e-9));
        assertThat(row.best().config()).isEqualTo("config-1");
        assertThat(row.best().hr()).isCloseTo(0.27, within(1e-12));
    }

    @Test
    void targetsWithoutABaselineAreLeftOutAndOneSeedHasNoSpread() {
        GainTable table = GainTable.of(List.of(
                baseline("Office", 1, 0.5), transfer("Office", "config-7", 1, 0.55), transfer("Garden", "config-7", 1, 0.4)));
        assertThat(table.sources().get("Book")).extracting(GainRow::target).containsExactly("Office");
        GainCell cell = table.sources().get("Book").get(0).cells().get(0);
        assertThat(cell.gain()).isCloseTo(10.0, within(1e-9));
        assertThat(cell.gainStd()).isNaN();
        assertThat(cell.pPairedT()).isNaN();
        // No users' hits recorded either: neither test can be computed, so nothing is starred.
        assertThat(cell.pMcNemar()).isNaN();
        assertThat(cell.test()).isNull();
        assertThat(cell.significant()).isFalse();
    }

    @Test
    void usersHitsFeedMcNemar() {
        boolean[] base = new boolean[40];
        boolean[] better = new boolean[40];
        for (int u = 0; u < 30; u++) better[u] = true;   // 30 users gained a hit, none lost one
        GainTable table = GainTable.of(List.of(
                new SweepRunRecord(RunKind.BASELINE, null, "Toy", "baseline", 1, "b", 0.0, base, false),
                new SweepRunRecord(RunKind.TRANSFER, "Book", "Toy", "config-5", 1, "t", 0.75, better, false)));
        GainCell cell = table.sources().get("Book").get(0).cells().get(0);
        assertThat(cell.pMcNemar()).isLessThan(1e-6);
        assertThat(cell.test()).isEqualTo("mcnemar");   // one seed: McNemar decides
        assertThat(cell.significant()).isTrue();
    }

    private static boolean[] hits(int users, int hitUsers) {
        boolean[] hits = new boolean[users];
        for (int u = 0; u < hitUsers; u++) hits[u] = true;
        return hits;
    }

    /** Seeds whose HRs go both ways (t: p large) while the pooled users' hits all favour the transfer. */
    private static List<SweepRunRecord> noisySeedsWithLopsidedHits(int seeds) {
        double[] baseHr = {0.50, 0.40, 0.60, 0.45};
        double[] configHr = {0.55, 0.38, 0.62, 0.44};
        List<SweepRunRecord> runs = new java.util.ArrayList<>();
        for (int s = 0; s < seeds; s++) {
            runs.add(new SweepRunRecord(RunKind.BASELINE, null, "Toy", "baseline", s + 1, "b" + s, baseHr[s], hits(40, 0), false));
            runs.add(new SweepRunRecord(RunKind.TRANSFER, "Book", "Toy", "config-1", s + 1, "t" + s, configHr[s], hits(40, 20), false));
        }
        return runs;
    }

    @Test
    void withThreeSeedsThePairedTTestDecidesEvenThoughMcNemarIsSmall() {
        GainCell cell = GainTable.of(noisySeedsWithLopsidedHits(3)).sources().get("Book").get(0).cells().get(0);
        assertThat(cell.seeds()).isEqualTo(3);
        assertThat(cell.pMcNemar()).isLessThan(1e-6);
        assertThat(cell.pPairedT()).isGreaterThan(0.3);
        assertThat(cell.test()).isEqualTo("paired-t");
        assertThat(cell.significant()).isFalse();
        assertThat(cell.significance().p()).isEqualTo(cell.pPairedT());
    }

    @Test
    void withTwoSeedsMcNemarDecidesAlthoughTIsComputed() {
        GainCell cell = GainTable.of(noisySeedsWithLopsidedHits(2)).sources().get("Book").get(0).cells().get(0);
        assertThat(cell.seeds()).isEqualTo(2);
        assertThat(cell.pPairedT()).isBetween(0.0, 1.0);
        assertThat(cell.test()).isEqualTo("mcnemar");
        assertThat(cell.significant()).isTrue();
    }

    @Test
    void collapsedRunsAreCountedPerCell() {
        GainTable table = GainTable.of(List.of(
                baseline("Toy", 1, 0.5), baseline("Toy", 2, 0.5),
                new SweepRunRecord(RunKind.TRANSFER, "Book", "Toy", "config-1", 1, "t1", 0.0, NO_HITS, true),
                transfer("Toy", "config-1", 2, 0.5),
                transfer("Toy", "config-7", 1, 0.5), transfer("Toy", "config-7", 2, 0.5)));
        List<GainCell> cells = table.sources().get("Book").get(0).cells();
        assertThat(cells).extracting(GainCell::config).containsExactly("config-1", "config-7");
        assertThat(cells).extracting(GainCell::collapsed).containsExactly(1, 0);
    }

    @Test
    void excludingCollapsedRunsComparesOnlyTheSeedsThatLearned() {
        List<SweepRunRecord> runs = List.of(
                baseline("Toy", 1, 0.5), baseline("Toy", 2, 0.4),
                new SweepRunRecord(RunKind.TRANSFER, "Book", "Toy", "config-1", 1, "t1", 0.0, NO_HITS, true),
                transfer("Toy", "config-1", 2, 0.44),
                new SweepRunRecord(RunKind.TRANSFER, "Book", "Toy", "config-6", 1, "c1", 0.0, NO_HITS, true),
                new SweepRunRecord(RunKind.TRANSFER, "Book", "Toy", "config-6", 2, "c2", 0.0, NO_HITS, true));
        List<GainCell> kept = GainTable.of(runs).sources().get("Book").get(0).cells();
        assertThat(kept.get(0).gain()).isCloseTo(100 * (0.22 - 0.45) / 0.45, within(1e-9));

        GainRow row = GainTable.of(runs, true).sources().get("Book").get(0);
        GainCell config1 = row.cells().get(0);
        assertThat(config1.seeds()).isEqualTo(1);
        assertThat(config1.gain()).isCloseTo(10.0, within(1e-9));   // seed 2 only: 0.44 against 0.40
        assertThat(config1.collapsed()).isEqualTo(1);
        GainCell config6 = row.cells().get(1);
        assertThat(config6.config()).isEqualTo("config-6");
        assertThat(config6.gain()).isNaN();
        assertThat(config6.seeds()).isZero();
        assertThat(config6.collapsed()).isEqualTo(2);
        assertThat(row.best().config()).isEqualTo("config-1");
    }
}
