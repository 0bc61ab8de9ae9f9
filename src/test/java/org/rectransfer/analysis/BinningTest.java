package org.rectransfer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BinningTest {

    @Test
    void logarithmicEdgesGrowByTheFourthRootOfTwoAndEndPastTheHighestCount() {
        // 20 * 2^(k/4) = 23.78, 28.28, 33.64, 40, 47.57, 56.57, 67.27, 80, 95.14, 113.1 -> ceil,
        // the last cut at highest + 1 = 101 (same edges from a Python transcription of the rule).
        assertThat(Binning.defaults().edges(20, 100))
                .containsExactly(20, 24, 29, 34, 40, 48, 57, 68, 80, 96, 101);
    }

    @Test
    void logarithmicEdgesMergeDuplicatesAndGiveCountZeroItsOwnBin() {
        // 2^(k/4) for k = 1..4 rounds up to 2, 2, 2, 2: one edge; then 3, 4, ... all width 1 here.
        assertThat(new Binning.Logarithmic(4).edges(0, 5)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        // Two per doubling from 1: 1.41->2, 2, 2.83->3, 4, 5.66->6, 8, 11.3->11 (cut at 11).
        assertThat(new Binning.Logarithmic(2).edges(1, 10)).containsExactly(1, 2, 3, 4, 6, 8, 11);
    }

    @Test
    void fixedWidthEdgesStartAtTheLowestCountAndCutTheLastBin() {
        assertThat(new Binning.FixedWidth(10).edges(20, 45)).containsExactly(20, 30, 40, 46);
        assertThat(Binning.perDegree().edges(3, 5)).containsExactly(3, 4, 5, 6);
        assertThat(Binning.perDegree().edges(7, 7)).containsExactly(7, 8);
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new Binning.FixedWidth(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Binning.Logarithmic(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Binning.defaults().edges(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void smoothingAddsThePseudoCountToEveryBinAndNeedsAPositiveOne() {
        // (2 + 0.5, 0 + 0.5, 1 + 0.5) / (3 + 1.5)
        assertThat(Smoothing.defaults().probabilities(new double[] {2, 0, 1}))
                .containsExactly(2.5 / 4.5, 0.5 / 4.5, 1.5 / 4.5);
        assertThatThrownBy(() -> new Smoothing(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Smoothing(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Smoothing(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Smoothing(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }
}
