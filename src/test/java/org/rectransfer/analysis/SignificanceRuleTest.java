package org.rectransfer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignificanceRuleTest {

    @Test
    void withThreeOrMoreSeedsThePairedTTestDecidesEvenWhenMcNemarIsSmall() {
        SignificanceRule.Decision d = SignificanceRule.decide(3, 0.33, 1e-9);
        assertThat(d.test()).isEqualTo("paired-t");
        assertThat(d.p()).isEqualTo(0.33);
        assertThat(d.significant()).isFalse();
        assertThat(SignificanceRule.decide(10, 0.33, 1e-9).significant()).isFalse();
    }

    @Test
    void withThreeOrMoreSeedsThePairedTTestDecidesEvenWhenMcNemarIsLarge() {
        SignificanceRule.Decision d = SignificanceRule.decide(5, 0.01, 0.9);
        assertThat(d.test()).isEqualTo("paired-t");
        assertThat(d.p()).isEqualTo(0.01);
        assertThat(d.significant()).isTrue();
    }

    @Test
    void withFewerThanThreeSeedsMcNemarDecidesWhateverTSays() {
        SignificanceRule.Decision d = SignificanceRule.decide(2, 0.001, 0.2);
        assertThat(d.test()).isEqualTo("mcnemar");
        assertThat(d.p()).isEqualTo(0.2);
        assertThat(d.significant()).isFalse();
        SignificanceRule.Decision one = SignificanceRule.decide(1, Double.NaN, 0.01);
        assertThat(one.test()).isEqualTo("mcnemar");
        assertThat(one.significant()).isTrue();
    }

    @Test
    void anUndefinedTWithEnoughSeedsFallsBackToMcNemar() {
        // Constant per-seed differences leave t undefined; the users' hits still say something.
        SignificanceRule.Decision d = SignificanceRule.decide(4, Double.NaN, 0.03);
        assertThat(d.test()).isEqualTo("mcnemar");
        assertThat(d.significant()).isTrue();
    }

    @Test
    void whenNoPCanBeComputedNothingIsSignificantAndNoTestIsNamed() {
        for (int seeds : new int[] {0, 1, 2, 3, 7}) {
            SignificanceRule.Decision d = SignificanceRule.decide(seeds, Double.NaN, Double.NaN);
            assertThat(d.test()).isNull();
            assertThat(d.p()).isNaN();
            assertThat(d.significant()).isFalse();
        }
        // A t computed over fewer than 3 seeds does not decide on its own.
        assertThat(SignificanceRule.decide(2, 0.001, Double.NaN).test()).isNull();
        assertThat(SignificanceRule.decide(2, 0.001, Double.NaN).significant()).isFalse();
    }

    @Test
    void theLevelIsStrictAndDefinedOnce() {
        assertThat(SignificanceRule.ALPHA).isEqualTo(0.05);
        assertThat(SignificanceRule.decide(3, 0.05, 0.0).significant()).isFalse();
        assertThat(SignificanceRule.decide(3, 0.0499, 1.0).significant()).isTrue();
        assertThat(SignificanceRule.decide(3, 0.04, 1.0, 0.01).significant()).isFalse();
        assertThat(SignificanceRule.FOOTNOTE)
                .isEqualTo("* p < 0.05, paired t-test of HR over seeds (McNemar over users' hits, pooled over seeds,"
                        + " when fewer than 3 seeds or t is undefined)");
    }
}
