package org.rectransfer.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;

/**
 * Element-wise comparison of parameter-shaped arrays against a reference. The error of element
 * j of an array E is {@code |a_j - e_j| / max(|e_j|, floor * max|E|)}: relative for elements
 * of at least {@code floor} times the array's largest magnitude, absolute (in units of that
 * magnitude) below. Float gradients are sums whose terms cancel, so an element much smaller
 * than its array's scale carries a rounding error that is small only in absolute terms; this
 * is as true of stock DL4J in float as of the engine (see the equivalence tests).
 */
final class Closeness {
    private final double floor;
    private double worst;

    Closeness(double floor) {
        this.floor = floor;
    }

    /** @return the largest error measured so far */
    double worst() {
        return worst;
    }

    /** Measures every array of {@code actual} against {@code expected}. */
    Closeness measure(NcfParameters actual, NcfParameters expected) {
        NetworkSpec spec = expected.spec();
        measure(actual.userEmbedding(), expected.userEmbedding());
        measure(actual.itemEmbedding(), expected.itemEmbedding());
        for (int k = 0; k < spec.denseCount(); k++) {
            measure(actual.weights(k), expected.weights(k));
            measure(actual.biases(k), expected.biases(k));
        }
        return this;
    }

    /** Measures one array. */
    Closeness measure(float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        double max = 0;
        for (float e : expected) {
            max = Math.max(max, Math.abs(e));
        }
        for (int j = 0; j < expected.length; j++) {
            double scale = Math.max(Math.abs(expected[j]), floor * max);
            double error = scale == 0 ? Math.abs(actual[j]) : Math.abs(actual[j] - expected[j]) / scale;
            worst = Math.max(worst, error);
        }
        return this;
    }
}
