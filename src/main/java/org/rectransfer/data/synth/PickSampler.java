package org.rectransfer.data.synth;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Samples a user's items without replacement by the Gumbel-top-k trick: adding independent
 * Gumbel noise to every logit and keeping the k largest is an exact draw of k items without
 * replacement from the softmax of the logits (Kool, van Hoof, Welling 2019). One pass over the
 * catalogue per user instead of one per pick.
 */
final class PickSampler {
    private PickSampler() { }

    /**
     * @param logits the deterministic logits of every item (not modified)
     * @param count  how many distinct items to pick, at most {@code logits.length}
     * @param noise  the standard deviation of the per-(user, item) Gaussian taste added to each logit
     * @return the picked item indices in increasing index order
     */
    static int[] pick(double[] logits, int count, double noise, SplittableRandom rng) {
        double[] keys = new double[logits.length];
        for (int i = 0; i < keys.length; i++) {
            double taste = noise == 0 ? 0 : noise * Samplers.normal(rng);
            keys[i] = logits[i] + taste + Samplers.gumbel(rng);
        }
        double[] sorted = keys.clone();
        Arrays.sort(sorted);
        double threshold = sorted[sorted.length - count];
        int[] picked = new int[count];
        int n = 0;
        // Keys are continuous, so a tie at the threshold is practically impossible; if one
        // happens the lower index wins, which keeps the draw deterministic.
        for (int i = 0; i < keys.length && n < count; i++) {
            if (keys[i] >= threshold) picked[n++] = i;
        }
        return picked;
    }
}
