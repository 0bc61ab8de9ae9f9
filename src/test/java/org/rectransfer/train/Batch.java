package org.rectransfer.train;

import java.util.SplittableRandom;

import org.rectransfer.model.NetworkSpec;

/** A random training batch for tests: users repeat within it, about a fifth are positives. */
record Batch(int[] users, int[] items, float[] labels, int n) {

    static Batch random(NetworkSpec spec, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] users = new int[n];
        int[] items = new int[n];
        float[] labels = new float[n];
        for (int b = 0; b < n; b++) {
            users[b] = random.nextInt(spec.users());
            items[b] = random.nextInt(spec.items());
            labels[b] = random.nextInt(5) == 0 ? 1f : 0f;
        }
        return new Batch(users, items, labels, n);
    }
}
