package org.rectransfer.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SamplersTest {
    private static final int DRAWS = 200_000;
    private final SplittableRandom rng = new SplittableRandom(3);

    @Test
    void normalHasMeanZeroAndUnitVariance() {
        double sum = 0;
        double squares = 0;
        for (int n = 0; n < DRAWS; n++) {
            double x = Samplers.normal(rng);
            sum += x;
            squares += x * x;
        }
        assertThat(sum / DRAWS).isCloseTo(0, within(0.01));
        assertThat(squares / DRAWS).isCloseTo(1, within(0.02));
    }

    @Test
    void gammaHasMeanEqualToItsShapeBelowAndAboveOne() {
        for (double shape : new double[] {0.8, 2.5, 15}) {
            double sum = 0;
            for (int n = 0; n < DRAWS; n++) sum += Samplers.gamma(rng, shape);
            assertThat(sum / DRAWS).as("shape %s", shape).isCloseTo(shape, within(0.02 * shape));
        }
    }

    @Test
    void activityHasTheNegativeBinomialMeanAndVariance() {
        ActivityDistribution activity = new ActivityDistribution(8, 40, 2.5);
        double sum = 0;
        double squares = 0;
        for (int n = 0; n < DRAWS; n++) {
            int count = activity.sample(rng, Integer.MAX_VALUE);
            assertThat(count).isGreaterThanOrEqualTo(8);
            sum += count;
            squares += (double) count * count;
        }
        double mean = sum / DRAWS;
        double excess = 40 - 8;
        assertThat(mean).isCloseTo(40, within(0.3));
        assertThat(squares / DRAWS - mean * mean).isCloseTo(excess + excess * excess / 2.5, within(20.0));
    }

    @Test
    void indexIsUniform() {
        int[] counts = new int[7];
        for (int n = 0; n < DRAWS; n++) counts[Samplers.index(rng, 7)]++;
        for (int c : counts) assertThat(c).isCloseTo(DRAWS / 7, within(DRAWS / 100));
    }
}
