package org.rectransfer.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InteractionFunctionTest {
    private final InteractionFunction g = InteractionFunction.of(SampleDomains.SHARED, SampleDomains.DEFAULT_SEED);
    private final SplittableRandom rng = new SplittableRandom(17);

    @Test
    void itemMeanIsTheAverageScoreOverRandomUsers() {
        for (int item = 0; item < 5; item++) {
            double[] q = g.latent(rng);
            double sum = 0;
            int users = 40_000;
            for (int u = 0; u < users; u++) sum += g.score(g.latent(rng), q);
            assertThat(g.itemMean(q)).isCloseTo(sum / users, within(0.02));
        }
    }

    @Test
    void centredScoresHaveUnitSpreadWithinAUser() {
        double[][] items = new double[2000][];
        double[] means = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = g.latent(rng);
            means[i] = g.itemMean(items[i]);
        }
        double pooled = 0;
        int users = 50;
        for (int u = 0; u < users; u++) {
            double[] p = g.latent(rng);
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < items.length; i++) {
                double a = g.score(p, items[i]) - means[i];
                sum += a;
                squares += a * a;
            }
            double mean = sum / items.length;
            pooled += squares / items.length - mean * mean;
        }
        assertThat(Math.sqrt(pooled / users)).isCloseTo(1.0, within(0.1));
    }

    @Test
    void phiIsAnOddSmoothSquashingFunction() {
        assertThat(InteractionFunction.phi(0)).isZero();
        assertThat(InteractionFunction.phi(3)).isEqualTo(1.0);
        assertThat(InteractionFunction.phi(-7)).isEqualTo(-1.0);
        for (double x = -4; x <= 4; x += 0.01) {
            assertThat(InteractionFunction.phi(-x)).isEqualTo(-InteractionFunction.phi(x));
            assertThat(InteractionFunction.phi(x + 0.01) - InteractionFunction.phi(x)).isBetween(0.0, 0.011);
            assertThat(InteractionFunction.phi(x)).isCloseTo(Math.tanh(x), within(0.03));
        }
    }
}
