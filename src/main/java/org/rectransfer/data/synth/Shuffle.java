package org.rectransfer.data.synth;

import java.util.SplittableRandom;

/** Fisher-Yates shuffles driven by a given generator (Collections.shuffle needs a Random). */
final class Shuffle {
    private Shuffle() { }

    /** @return a uniformly random permutation of 0..n-1 */
    static int[] permutation(int n, SplittableRandom rng) {
        int[] values = new int[n];
        for (int k = 0; k < n; k++) values[k] = k;
        return inPlace(values, rng);
    }

    /** Shuffles {@code values} in place and returns it. */
    static int[] inPlace(int[] values, SplittableRandom rng) {
        for (int k = values.length - 1; k > 0; k--) {
            int other = Samplers.index(rng, k + 1);
            int swap = values[k];
            values[k] = values[other];
            values[other] = swap;
        }
        return values;
    }
}
