package org.rectransfer.data.split;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from one seed, so that what a user or an epoch draws does
 * not depend on which thread handles it or in which order.
 */
public final class Seeds {
    private Seeds() { }

    /** @return a generator for the stream {@code (seed, purpose, index)} */
    public static SplittableRandom stream(long seed, long purpose, long index) {
        return new SplittableRandom(mix(mix(mix(seed) ^ purpose) ^ index));
    }

    /** The SplitMix64 finaliser: spreads nearby inputs over the whole 64-bit range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
