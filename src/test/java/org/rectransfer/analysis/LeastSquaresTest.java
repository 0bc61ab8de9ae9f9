package org.rectransfer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class LeastSquaresTest {
    private static final double[] X = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    private static final double[] Y = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};

    @Test
    void lineAndErrorsMatchTheFormulasAndScipyLinregress() {
        // slope = Sxy / Sxx = 22.5 / 82.5 = 3/11; intercept = 3.9 - 5.5 * 3/11 = 2.4.
        // SSE = Syy - Sxy^2 / Sxx = 54.9 - 6.13636 = 48.76364, s = sqrt(SSE / 8) = 2.4688974351832735.
        // se(slope) = s / sqrt(82.5) = 0.27181666159501916; se(intercept) = s sqrt(1/10 + 30.25/82.5)
        // = 1.6865780309684621; R^2 = r^2 = 0.11177347242921011 (scipy.stats.linregress agrees).
        LinearFit fit = LeastSquares.fit(X, Y);
        assertThat(fit.isDefined()).isTrue();
        assertThat(fit.slope()).isCloseTo(3.0 / 11, within(1e-15));
        assertThat(fit.intercept()).isCloseTo(2.4, within(1e-14));
        assertThat(fit.residualStdError()).isCloseTo(2.4688974351832735, within(1e-14));
        assertThat(fit.slopeStdError()).isCloseTo(0.27181666159501916, within(1e-14));
        assertThat(fit.interceptStdError()).isCloseTo(1.6865780309684621, within(1e-14));
        assertThat(fit.rSquared()).isCloseTo(0.11177347242921011, within(1e-14));
        assertThat(fit.xMean()).isEqualTo(5.5);
        assertThat(fit.sxx()).isEqualTo(82.5);
        assertThat(fit.tCritical()).isCloseTo(2.306004135204166, within(1e-9)); // scipy t.ppf(0.975, 8)
    }

    @Test
    void bandIsNarrowestAtTheMeanOfXAndWidensAwayFromIt() {
        LinearFit fit = LeastSquares.fit(X, Y);
        // At xbar: t s sqrt(1/10) = 2.306004 * 2.468897 * 0.316228 = 1.800375649058104.
        assertThat(fit.bandHalfWidth(5.5)).isCloseTo(1.800375649058104, within(1e-8));
        // At x = 12: t s sqrt(1/10 + 6.5^2 / 82.5) = 4.4543244241690685; at x = 1: 3.346251554873314.
        assertThat(fit.bandHalfWidth(12)).isCloseTo(4.4543244241690685, within(1e-8));
        assertThat(fit.bandHalfWidth(1)).isCloseTo(3.346251554873314, within(1e-8));
        // Symmetric about xbar.
        assertThat(fit.bandHalfWidth(5.5 - 3)).isCloseTo(fit.bandHalfWidth(5.5 + 3), within(1e-12));
        BandPoint at12 = fit.band(12);
        assertThat(at12.fit()).isCloseTo(5.672727272727272, within(1e-13));
        assertThat(at12.upper() - at12.fit()).isCloseTo(at12.fit() - at12.lower(), within(1e-12));
    }

    @Test
    void sampledBandCoversTheRangeEvenly() {
        LinearFit fit = LeastSquares.fit(X, Y);
        List<BandPoint> band = fit.sampleBand(0, 11, 12);
        assertThat(band).hasSize(12);
        assertThat(band.get(0).x()).isEqualTo(0);
        assertThat(band.get(11).x()).isEqualTo(11);
        assertThat(band.get(3).x()).isCloseTo(3, within(1e-12));
        assertThat(band.get(3)).isEqualTo(fit.band(band.get(3).x()));
        // The narrowest sampled point is the one nearest xbar = 5.5.
        BandPoint narrowest = band.stream().min((a, b) -> Double.compare(a.upper() - a.lower(), b.upper() - b.lower())).orElseThrow();
        assertThat(narrowest.x()).isIn(5.0, 6.0);
    }

    @Test
    void twoPointsGiveALineWithoutBandAndConstantXGivesNoLine() {
        LinearFit two = LeastSquares.fit(new double[] {0, 2}, new double[] {1, 5});
        assertThat(two.isDefined()).isTrue();
        assertThat(two.slope()).isEqualTo(2);
        assertThat(two.intercept()).isEqualTo(1);
        assertThat(two.bandHalfWidth(1)).isNaN();
        assertThat(two.slopeStdError()).isNaN();

        LinearFit flat = LeastSquares.fit(new double[] {3, 3, 3}, new double[] {1, 2, 3});
        assertThat(flat.isDefined()).isFalse();
        assertThat(flat.undefinedReason()).isEqualTo("x has zero variance");
        assertThat(flat.predict(3)).isNaN();
        assertThat(LeastSquares.fit(new double[] {1}, new double[] {1}).undefinedReason()).contains("at least 2");
        assertThat(LeastSquares.fit(new double[] {1, 2, 3}, new double[] {1, Double.POSITIVE_INFINITY, 3})
                .undefinedReason()).contains("y[1]");
    }

    @Test
    void exactLineHasZeroWidthBandAndConstantYHasNoRSquared() {
        LinearFit exact = LeastSquares.fit(new double[] {1, 2, 3, 4}, new double[] {1, 3, 5, 7});
        assertThat(exact.rSquared()).isCloseTo(1, within(1e-15));
        assertThat(exact.bandHalfWidth(10)).isCloseTo(0, within(1e-12));
        LinearFit constant = LeastSquares.fit(new double[] {1, 2, 3}, new double[] {4, 4, 4});
        assertThat(constant.slope()).isZero();
        assertThat(constant.rSquared()).isNaN();
    }
}
