package org.rectransfer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SignificanceTest {

    @Test
    void pairedTMatchesTheHandComputationAndScipy() {
        double[] baseline = {0.60, 0.62, 0.61, 0.63, 0.59};
        double[] config = {0.62, 0.63, 0.64, 0.63, 0.61};
        // d = (0.02, 0.01, 0.03, 0, 0.02): mean 0.016, sd = sqrt(0.00052 / 4) = 0.0114018;
        // t = 0.016 / (0.0114018 / sqrt 5) = 3.1378581622109443, p = 2 P(T_4 > t) = 0.03491970667453904
        // (scipy.stats.ttest_rel(config, baseline)).
        TestResult r = PairedTTest.test(baseline, config);
        assertThat(r.isDefined()).isTrue();
        assertThat(r.method()).isEqualTo("paired t");
        assertThat(r.n()).isEqualTo(5);
        assertThat(r.statistic()).isCloseTo(3.1378581622109443, within(1e-9));
        assertThat(r.p()).isCloseTo(0.03491970667453904, within(1e-9));
        assertThat(PairedTTest.test(config, baseline).statistic()).isCloseTo(-3.1378581622109443, within(1e-9));
    }

    @Test
    void pairedTIsUndefinedForDegenerateData() {
        assertThat(PairedTTest.test(new double[] {0.5}, new double[] {0.6}).undefinedReason()).contains("at least 2");
        TestResult same = PairedTTest.test(new double[] {0.5, 0.6}, new double[] {0.5, 0.6});
        assertThat(same.undefinedReason()).contains("zero variance");
        assertThat(same.p()).isNaN();
        assertThat(PairedTTest.test(new double[] {0.5, Double.NaN}, new double[] {0.5, 0.6}).isDefined()).isFalse();
    }

    @Test
    void mcNemarUsesTheExactBinomialTestForFewDiscordantUsers() {
        // b = 2, c = 10: p = 2 P(X <= 2), X ~ Bin(12, 1/2) = 2 (1 + 12 + 66) / 4096 = 158 / 4096 = 0.03857421875
        McNemarResult r = McNemar.test(2, 10);
        assertThat(r.exact()).isTrue();
        assertThat(r.discordant()).isEqualTo(12);
        assertThat(r.statistic()).isEqualTo(2);
        assertThat(r.p()).isCloseTo(158.0 / 4096, within(1e-14));
        // Balanced: 2 P(X <= 3), X ~ Bin(6, 1/2) = 2 * 42/64 > 1, capped at 1.
        assertThat(McNemar.test(3, 3).p()).isEqualTo(1.0);
        assertThat(McNemar.test(0, 0).p()).isEqualTo(1.0);
    }

    @Test
    void mcNemarUsesTheCorrectedChiSquareForManyDiscordantUsers() {
        // b = 20, c = 40: (|20 - 40| - 1)^2 / 60 = 361 / 60 = 6.016667; p = P(chi2_1 > 6.016667)
        // = 0.014171388254012323 (scipy.stats.chi2.sf).
        McNemarResult r = McNemar.test(20, 40);
        assertThat(r.exact()).isFalse();
        assertThat(r.statistic()).isCloseTo(361.0 / 60, within(1e-14));
        assertThat(r.p()).isCloseTo(0.014171388254012323, within(1e-10));
        assertThat(McNemar.test(15, 15).p()).isEqualTo(1.0);
        // 24 discordant is still exact, 25 is not.
        assertThat(McNemar.test(12, 12).exact()).isTrue();
        assertThat(McNemar.test(12, 13).exact()).isFalse();
    }

    @Test
    void mcNemarCountsDiscordantUsersFromHitArrays() {
        boolean[] baseline = {true, true, false, false, true, false, true};
        boolean[] config = {true, false, true, true, true, false, false};
        // baseline only: users 1 and 6; config only: users 2 and 3; both/neither ignored.
        McNemarResult r = McNemar.test(baseline, config);
        assertThat(r.baselineOnly()).isEqualTo(2);
        assertThat(r.configOnly()).isEqualTo(2);
        assertThat(r.p()).isEqualTo(1.0);
        assertThatThrownBy(() -> McNemar.test(new boolean[2], new boolean[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
