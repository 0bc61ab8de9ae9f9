package org.rectransfer.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PickSamplerTest {
    private final SplittableRandom rng = new SplittableRandom(9);

    @Test
    void onePickFollowsTheSoftmaxOfTheLogits() {
        double[] logits = {0, Math.log(2), Math.log(3), Math.log(4)};
        int[] counts = new int[4];
        int draws = 100_000;
        for (int n = 0; n < draws; n++) counts[PickSampler.pick(logits, 1, 0, rng)[0]]++;
        for (int i = 0; i < 4; i++) assertThat(counts[i] / (double) draws).isCloseTo((i + 1) / 10.0, within(0.006));
    }

    @Test
    void picksAreDistinctAndSorted() {
        double[] logits = new double[50];
        for (int n = 0; n < 1000; n++) {
            int[] picked = PickSampler.pick(logits, 20, 0.5, rng);
            assertThat(picked).hasSize(20).doesNotHaveDuplicates().isSorted();
        }
    }

    @Test
    void pickingEverythingReturnsEveryItem() {
        assertThat(PickSampler.pick(new double[] {3, 1, 2}, 3, 0, rng)).containsExactly(0, 1, 2);
    }
}
