package org.rectransfer.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab's numbers and words over seeds, against values computed by hand and by SciPy (ttest_rel). */
class SeedSummaryTest {

    private static List<SeedTransfer> runs(double[] baseline, double[] transfer, boolean... collapsed) {
        List<SeedTransfer> runs = new ArrayList<>();
        for (int s = 0; s < baseline.length; s++) {
            boolean flat = collapsed.length > s && collapsed[s];
            runs.add(new SeedTransfer(s + 1, "s" + s, "b" + s, "t" + s, baseline[s], transfer[s], flat, null));
        }
        return runs;
    }

    @Test
    void aConsistentGainIsSignificantAndShownAsMeanAndSdOfThePerSeedGains() {
        SeedSummary summary = new SeedSummary(runs(new double[] {0.40, 0.42, 0.41}, new double[] {0.44, 0.47, 0.45}));
        // per seed: +10.0 %, +11.9048 %, +9.7561 %
        assertThat(summary.meanGain()).isCloseTo(10.553619821912505, within(1e-9));
        assertThat(summary.sdGain()).isCloseTo(1.1764611323692198, within(1e-9));
        assertThat(summary.test().p()).isCloseTo(0.00586515322756566, within(1e-9));   // t = 13, 2 df
        assertThat(summary.direction()).isEqualTo(1);
        assertThat(summary.gainText()).isEqualTo("Gain +10.6 % ± 1.2 %");
        assertThat(summary.verdict()).isEqualTo("Transfer better (p = 0.006, paired t over 3 seeds)");
        assertThat(summary.details()).isEqualTo("mean ± sd over 3 seeds · per seed +10.0, +11.9, +9.8 %"
                + " · HR@10 (mean ± sd) baseline 0.4100 ± 0.0100, transfer 0.4533 ± 0.0153");
        assertThat(summary.collapseWarning()).isEmpty();
    }

    @Test
    void theSameGainTheOtherWayIsSignificantlyWorse() {
        SeedSummary summary = new SeedSummary(runs(new double[] {0.44, 0.47, 0.45}, new double[] {0.40, 0.42, 0.41}));
        assertThat(summary.direction()).isEqualTo(-1);
        assertThat(summary.verdict()).isEqualTo("Transfer worse (p = 0.006, paired t over 3 seeds)");
    }

    @Test
    void aNoisyGainIsNoSignificantDifference() {
        SeedSummary summary = new SeedSummary(runs(new double[] {0.41, 0.42, 0.41}, new double[] {0.40, 0.45, 0.38}));
        assertThat(summary.meanGain()).isCloseTo(-0.8710801393728144, within(1e-9));
        assertThat(summary.sdGain()).isCloseTo(7.356373634396311, within(1e-9));
        assertThat(summary.test().p()).isCloseTo(0.8675467642934969, within(1e-9));
        assertThat(summary.direction()).isZero();
        assertThat(summary.gainText()).isEqualTo("Gain -0.9 % ± 7.4 %");
        assertThat(summary.verdict()).isEqualTo("No significant difference at 5 % (p = 0.868, paired t over 3 seeds)");
    }

    @Test
    void oneSeedHasNoSpreadAndNoTest() {
        SeedSummary summary = new SeedSummary(runs(new double[] {0.40}, new double[] {0.44}));
        assertThat(summary.meanGain()).isCloseTo(10.0, within(1e-9));
        assertThat(summary.sdGain()).isNaN();
        assertThat(summary.direction()).isZero();
        assertThat(summary.gainText()).isEqualTo("Gain +10.0 %");
        assertThat(summary.verdict()).startsWith("One seed: no test.");
        assertThat(summary.details()).isEqualTo("one seed · HR@10 baseline 0.4000, transfer 0.4400");
    }

    @Test
    void identicalShiftsHaveNoTestAndCollapsedSeedsAreNamed() {
        SeedSummary summary = new SeedSummary(runs(new double[] {0.25, 0.5}, new double[] {0.5, 0.75}, false, true));
        assertThat(summary.test().isDefined()).isFalse();
        assertThat(summary.direction()).isZero();
        assertThat(summary.verdict()).isEqualTo("No test: the paired differences have zero variance.");
        assertThat(summary.anyCollapsed()).isTrue();
        assertThat(summary.collapseWarning()).isEqualTo("Collapsed in seed 2: the transfer scores every item alike");
    }

    @Test
    void aSeedWithoutBaselineHitsHasNoGainAndIsLeftOutOfTheMean() {
        SeedSummary summary = new SeedSummary(runs(new double[] {0.0, 0.5, 0.5}, new double[] {0.1, 0.55, 0.6}));
        assertThat(summary.meanGain()).isCloseTo(15.0, within(1e-9));
        assertThat(summary.details()).startsWith("mean ± sd over 2 seeds (baseline HR@10 is 0 in 1 more) · per seed n/a, +10.0, +20.0 %");
    }

    @Test
    void smallPValuesAreNotRoundedToZero() {
        assertThat(SeedSummary.formatP(0.0004)).isEqualTo("p < 0.001");
        assertThat(SeedSummary.formatP(0.0312)).isEqualTo("p = 0.031");
    }
}
