package org.rectransfer.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DetMathTest {
    private final SplittableRandom rng = new SplittableRandom(1);

    @Test
    void expMatchesStrictMathToAFewUlps() {
        for (int n = 0; n < 100_000; n++) {
            double x = (rng.nextDouble() - 0.5) * 1400;
            double expected = StrictMath.exp(x);
            assertThat(DetMath.exp(x)).isCloseTo(expected, within(4 * Math.ulp(expected)));
        }
        assertThat(DetMath.exp(0)).isEqualTo(1.0);
        assertThat(DetMath.exp(800)).isInfinite();
        assertThat(DetMath.exp(-800)).isZero();
    }

    @Test
    void logMatchesStrictMathToAFewUlps() {
        for (int n = 0; n < 100_000; n++) {
            double x = StrictMath.exp((rng.nextDouble() - 0.5) * 1400);
            double expected = StrictMath.log(x);
            assertThat(DetMath.log(x)).isCloseTo(expected, within(4 * Math.ulp(expected) + 1e-300));
        }
        assertThat(DetMath.log(1.0)).isZero();
        assertThat(DetMath.log(Double.MIN_VALUE)).isCloseTo(StrictMath.log(Double.MIN_VALUE), within(1e-12));
        assertThat(DetMath.log(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
