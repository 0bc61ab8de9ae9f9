package org.rectransfer.data.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.DatasetBuilder;

class NegativeSamplerTest {

    private static Dataset domain() {
        DatasetBuilder builder = new DatasetBuilder("D");
        for (int u = 0; u < 30; u++) {
            for (int k = 0; k < 6; k++) builder.add("u" + u, "i" + ((u * 7 + k * 13) % 50), k);
        }
        return builder.build();
    }

    @Test
    void everyPositiveComesWithNNegativesNeverOfTheUser() {
        Dataset data = domain();
        Split split = LeaveOneOut.split(data, HoldOut.RANDOM, 1);
        TrainingSamples samples = new NegativeSampler(split, 4, 5).epoch(0);
        int positives = 0;
        for (int k = 0; k < samples.size(); k++) {
            int u = samples.users()[k];
            int item = samples.items()[k];
            if (samples.labels()[k] == 1f) {
                positives++;
                assertThat(split.train().contains(u, item)).isTrue();
            } else {
                assertThat(data.contains(u, item)).as("negative is never an item of the user").isFalse();
            }
        }
        assertThat(positives).isEqualTo(split.train().interactions());
        assertThat(samples.size()).isEqualTo(positives * 5);
    }

    @Test
    void negativesAreRedrawnEachEpochAndReproducibleForASeed() {
        Split split = LeaveOneOut.split(domain(), HoldOut.RANDOM, 1);
        NegativeSampler sampler = new NegativeSampler(split, 4, 5);
        TrainingSamples first = sampler.epoch(0);
        assertThat(new NegativeSampler(split, 4, 5).epoch(0).items()).containsExactly(first.items());
        assertThat(sampler.epoch(1).items()).isNotEqualTo(first.items());
    }

    @Test
    void aUserWhoSawEveryItemGetsNoNegativesInsteadOfLooping() {
        DatasetBuilder builder = new DatasetBuilder("F");
        for (int i = 0; i < 3; i++) builder.add("all", "i" + i, i);
        Split split = LeaveOneOut.split(builder.build(), HoldOut.RANDOM, 1);
        TrainingSamples samples = new NegativeSampler(split, 4, 1).epoch(0);
        assertThat(samples.size()).isEqualTo(2);
    }
}
