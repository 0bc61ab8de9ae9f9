package org.rectransfer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.train.NcfScorer;

/**
 * The erasure code reads the parameters itself; this checks it reads them as the training
 * engine does (weight layout, embedding order), by comparing probabilities with the engine's
 * scorer. Test code may use {@code train}; the analysis package itself may not.
 */
class ForwardPassAgreementTest {

    @Test
    void cleanPassAgreesWithTheEnginesScorer() {
        NcfParameters params = NeuronImportanceTest.randomNetwork(NetworkSpec.withDefaults(11, 13), 5);
        int n = 11 * 13;
        int[] users = new int[n];
        int[] items = new int[n];
        for (int s = 0; s < n; s++) {
            users[s] = s / 13;
            items[s] = s % 13;
        }
        float[] engine = new float[n];
        new NcfScorer(params, 64).score(users, items, n, engine);
        DoubleTower tower = new DoubleTower(params);
        for (int s = 0; s < n; s++) {
            double p = 1 / (1 + Math.exp(-tower.forward(users[s], items[s])));
            assertThat(p).as("pair %d", s).isCloseTo(engine[s], within(1e-5));
        }
    }
}
