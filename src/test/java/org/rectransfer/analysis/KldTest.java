package org.rectransfer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.rectransfer.data.ActivityHistogram;
import org.rectransfer.data.TinyData;

class KldTest {
    // Source: 2 users with 1 interaction, 1 with 2, 1 with 3. Target: 1 with 1, 3 with 2, none with 3.
    private static final int[] SOURCE = {0, 2, 1, 1};
    private static final int[] TARGET = {0, 1, 3};

    @Test
    void matchesTheHandComputationWithLaplaceSmoothing() {
        // Shared bins {1}, {2}, {3}; counts S = (2, 1, 1), T = (1, 3, 0).
        // +1 per bin: p = (3, 2, 2) / 7, q = (2, 4, 1) / 7.
        // KLD = 3/7 ln(3/2) + 2/7 ln(2/4) + 2/7 ln(2/1) = 3/7 ln 1.5 = 0.17377076061778474
        double kld = Kld.between(SOURCE, TARGET, Binning.perDegree(), Smoothing.laplace());
        assertThat(kld).isCloseTo(3.0 / 7 * Math.log(1.5), within(1e-15))
                .isCloseTo(0.17377076061778474, within(1e-15));
    }

    @Test
    void matchesTheHandComputationWithTheDefaultSmoothing() {
        // +0.5 per bin: p = (2.5, 1.5, 1.5) / 5.5, q = (1.5, 3.5, 0.5) / 5.5.
        // KLD = [2.5 ln(2.5/1.5) + 1.5 ln(1.5/3.5) + 1.5 ln(1.5/0.5)] / 5.5
        //     = [1.2770641 - 1.2709468 + 1.6479184] / 5.5 = 0.30073376397024276 (numpy agrees)
        double kld = Kld.between(SOURCE, TARGET, Binning.perDegree(), Smoothing.defaults());
        assertThat(kld).isCloseTo(0.30073376397024276, within(1e-14));
    }

    @Test
    void isZeroForIdenticalHistograms() {
        ActivityHistogram h = ActivityHistogram.of(TinyData.withDegrees("A", 20, 21, 21, 25, 40, 90, 300));
        assertThat(Kld.between(h, h)).isZero();
        assertThat(Kld.between(h, h, Binning.perDegree(), Smoothing.laplace())).isZero();
    }

    @Test
    void staysFiniteWhenTheTargetHasEmptyBinsOrTheRangesAreDisjoint() {
        ActivityHistogram low = ActivityHistogram.of(TinyData.withDegrees("low", 20, 20, 21, 22));
        ActivityHistogram high = ActivityHistogram.of(TinyData.withDegrees("high", 200, 250, 300));
        for (Binning binning : new Binning[] {Binning.perDegree(), Binning.defaults(), new Binning.FixedWidth(7)}) {
            double kld = Kld.between(low, high, binning, Smoothing.defaults());
            assertThat(kld).isFinite().isPositive();
        }
    }

    @Test
    void emptyDomainsGiveFiniteValues() {
        int[] none = {};
        assertThat(Kld.between(none, none, Binning.defaults(), Smoothing.defaults())).isZero();
        assertThat(Kld.between(SOURCE, none, Binning.defaults(), Smoothing.defaults())).isFinite().isPositive();
    }

    @Test
    void isAsymmetric() {
        double st = Kld.between(SOURCE, TARGET, Binning.perDegree(), Smoothing.laplace());
        double ts = Kld.between(TARGET, SOURCE, Binning.perDegree(), Smoothing.laplace());
        // q || p = 2/7 ln(2/3) + 4/7 ln 2 + 1/7 ln(1/2) = 2/7 ln(2/3) + 3/7 ln 2
        assertThat(ts).isCloseTo(2.0 / 7 * Math.log(2.0 / 3) + 3.0 / 7 * Math.log(2), within(1e-15));
        assertThat(ts).isNotEqualTo(st);
    }

    @Test
    void histogramsOfDatasetsAreBinnedOverTheUnionOfTheirRanges() {
        ActivityHistogram s = ActivityHistogram.of(TinyData.withDegrees("S", 20, 23, 30));
        ActivityHistogram t = ActivityHistogram.of(TinyData.withDegrees("T", 25, 41));
        SharedBins bins = SharedBins.of(s, t, Binning.defaults());
        // Range 20..41: edges 20, 24, 29, 34, 40, 42.
        assertThat(bins.edges()).containsExactly(20, 24, 29, 34, 40, 42);
        assertThat(bins.source()).containsExactly(2, 0, 1, 0, 0);
        assertThat(bins.target()).containsExactly(0, 1, 0, 0, 1);
        assertThat(Kld.between(s, t)).isEqualTo(Kld.of(bins, Smoothing.defaults()));
    }

    @Test
    void plainDivergenceFollowsTheConventions() {
        assertThat(Kld.divergence(new double[] {0, 1}, new double[] {0.5, 0.5})).isCloseTo(Math.log(2), within(1e-15));
        assertThat(Kld.divergence(new double[] {0.5, 0.5}, new double[] {1, 0})).isInfinite();
    }
}
