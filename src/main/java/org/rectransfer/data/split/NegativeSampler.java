package org.rectransfer.data.split;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.rectransfer.data.Dataset;

/**
 * Builds the training examples of each epoch as NCF does (He et al., WWW 2017): every observed
 * (user, item) pair is a positive, and for each positive {@code negativesPerPositive} items are
 * drawn uniformly among the items the user never interacted with (in the full data, so the
 * held-out test item is never used as a negative). Negatives are re-drawn every epoch; the
 * draw depends only on (seed, epoch), and examples are shuffled.
 */
public final class NegativeSampler {
    private static final long PURPOSE = 0x9e6a7L;
    private final Split split;
    private final int negativesPerPositive;
    private final long seed;

    /**
     * @param split                the split whose training data is sampled
     * @param negativesPerPositive negatives per positive (the paper: 4)
     * @param seed                 base seed
     */
    public NegativeSampler(Split split, int negativesPerPositive, long seed) {
        if (negativesPerPositive < 0) throw new IllegalArgumentException("negatives must be >= 0");
        this.split = split;
        this.negativesPerPositive = negativesPerPositive;
        this.seed = seed;
    }

    /** @return the shuffled examples of epoch {@code epoch} (0-based) */
    public TrainingSamples epoch(int epoch) {
        Dataset train = split.train();
        Dataset full = split.full();
        int size = train.interactions() * (1 + negativesPerPositive);
        int[] users = new int[size];
        int[] items = new int[size];
        float[] labels = new float[size];
        int n = 0;
        for (int u = 0; u < train.users(); u++) {
            SplittableRandom random = Seeds.stream(seed, PURPOSE ^ epoch, u);
            for (int k = train.rowStart(u); k < train.rowStart(u) + train.degree(u); k++) {
                users[n] = u;
                items[n] = train.itemAt(k);
                labels[n++] = 1f;
                for (int j = 0; j < negativesPerPositive; j++) {
                    int negative = UnseenItemSampler.oneUnseen(full, u, random);
                    if (negative < 0) break;
                    users[n] = u;
                    items[n] = negative;
                    labels[n++] = 0f;
                }
            }
        }
        shuffle(users, items, labels, n, Seeds.stream(seed, PURPOSE ^ epoch, -1));
        return n == size ? new TrainingSamples(users, items, labels)
                : new TrainingSamples(Arrays.copyOf(users, n), Arrays.copyOf(items, n),
                        Arrays.copyOf(labels, n));
    }

    private static void shuffle(int[] users, int[] items, float[] labels, int n, SplittableRandom random) {
        for (int k = n - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int u = users[k]; users[k] = users[j]; users[j] = u;
            int i = items[k]; items[k] = items[j]; items[j] = i;
            float l = labels[k]; labels[k] = labels[j]; labels[j] = l;
        }
    }
}
