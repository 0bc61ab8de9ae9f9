package org.rectransfer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrelationTest {
    private static final double[] X = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    private static final double[] Y = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};

    @Test
    void pearsonMatchesTheHandComputationAndScipy() {
        // xbar = 5.5, ybar = 3.9; Sxx = 82.5, Syy = 54.9, Sxy = 22.5.
        // r = 22.5 / sqrt(82.5 * 54.9) = 0.33432539901899483
        // t = r sqrt(8 / (1 - r^2)) = 1.0033500931359767, p = 2 P(T_8 > t) = 0.3450710477331118
        // (scipy.stats.pearsonr(range(1, 11), Y) gives the same r and p).
        Correlation c = Pearson.of(X, Y);
        assertThat(c.isDefined()).isTrue();
        assertThat(c.n()).isEqualTo(10);
        assertThat(c.coefficient()).isCloseTo(22.5 / Math.sqrt(82.5 * 54.9), within(1e-15))
                .isCloseTo(0.33432539901899483, within(1e-14));
        assertThat(c.p()).isCloseTo(0.3450710477331118, within(1e-12));
    }

    @Test
    void pearsonIsUndefinedWithAReasonInsteadOfThrowingOnBadData() {
        assertThat(Pearson.of(new double[] {1, 2}, new double[] {3, 4}).undefinedReason()).contains("at least 3");
        assertThat(Pearson.of(new double[] {2, 2, 2}, new double[] {1, 2, 3}).undefinedReason()).isEqualTo("x has zero variance");
        assertThat(Pearson.of(new double[] {1, 2, 3}, new double[] {0.1, 0.1, 0.1}).undefinedReason()).isEqualTo("y has zero variance");
        Correlation nan = Pearson.of(new double[] {1, 2, 3}, new double[] {1, Double.NaN, 3});
        assertThat(nan.undefinedReason()).isEqualTo("y[1] is not finite: NaN");
        assertThat(nan.coefficient()).isNaN();
        assertThat(nan.p()).isNaN();
        assertThat(nan.isDefined()).isFalse();
        assertThatThrownBy(() -> Pearson.of(new double[] {1, 2, 3}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perfectCorrelationHasPZero() {
        Correlation c = Pearson.of(new double[] {1, 2, 3, 4}, new double[] {-2, -4, -6, -8});
        assertThat(c.coefficient()).isEqualTo(-1.0);
        assertThat(c.p()).isZero();
    }

    @Test
    void averageRanksShareTies() {
        assertThat(Spearman.averageRanks(new double[] {10, 20, 20, 30})).containsExactly(1, 2.5, 2.5, 4);
        assertThat(Spearman.averageRanks(new double[] {4, 4, 4, 1})).containsExactly(3, 3, 3, 1);
    }

    @Test
    void spearmanWithTiesMatchesScipy() {
        double[] x = {1, 2, 2, 3, 4, 4, 4, 5};
        double[] y = {2, 1, 3, 3, 5, 4, 6, 6};
        // Ranks x = (1, 2.5, 2.5, 4, 6, 6, 6, 8), y = (2, 1, 3.5, 3.5, 6, 5, 7.5, 7.5);
        // Pearson of the ranks: scipy.stats.spearmanr(x, y) = (0.9007775105401477, p 0.0022640090646742616).
        Correlation c = Spearman.of(x, y);
        assertThat(c.coefficient()).isCloseTo(0.9007775105401477, within(1e-14));
        assertThat(c.p()).isCloseTo(0.0022640090646742616, within(1e-13));
        assertThat(Spearman.of(x, new double[] {1, 1, 1, 1, 1, 1, 1, 1}).isDefined()).isFalse();
        assertThat(Spearman.of(new double[] {1, 2}, new double[] {1, 2}).undefinedReason()).contains("at least 3");
    }
}
