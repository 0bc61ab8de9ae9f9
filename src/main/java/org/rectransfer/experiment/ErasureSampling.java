package org.rectransfer.experiment;

import org.rectransfer.analysis.ErasureSamples;
import org.rectransfer.data.split.Split;

/**
 * The evaluation samples on which neuron importance is measured: for every evaluated user, the
 * held-out item (label 1) and the first {@code negativesPerUser} of its sampled evaluation
 * negatives (label 0), the ratio the model was trained with.
 */
public final class ErasureSampling {
    private ErasureSampling() { }

    /** @return the samples of {@code domain} */
    public static ErasureSamples of(PreparedDomain domain, int negativesPerUser) {
        Split split = domain.split();
        int size = 0;
        for (int u = 0; u < split.full().users(); u++) {
            if (split.isEvaluated(u)) size += 1 + Math.min(negativesPerUser, domain.candidates().negativesOf(u).length);
        }
        int[] users = new int[size];
        int[] items = new int[size];
        boolean[] labels = new boolean[size];
        int n = 0;
        for (int u = 0; u < split.full().users(); u++) {
            if (!split.isEvaluated(u)) continue;
            users[n] = u;
            items[n] = split.testItem()[u];
            labels[n++] = true;
            int[] negatives = domain.candidates().negativesOf(u);
            for (int k = 0; k < Math.min(negativesPerUser, negatives.length); k++) {
                users[n] = u;
                items[n++] = negatives[k];
            }
        }
        return new ErasureSamples(users, items, labels);
    }
}
