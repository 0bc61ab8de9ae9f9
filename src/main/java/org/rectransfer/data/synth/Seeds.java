package org.rectransfer.data.synth;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Derives independent random streams from the generator seed and a label such as
 * {@code "domain:Book/latents"}. Labels, not call order, pick the stream, so changing how one
 * aspect of a domain is drawn never shifts the numbers drawn for another aspect or domain.
 */
final class Seeds {
    private Seeds() { }

    /** @return a generator for the stream named {@code label} under {@code seed} */
    static SplittableRandom stream(long seed, String label) {
        return new SplittableRandom(derive(seed, label));
    }

    /** @return a 64-bit seed mixing {@code seed} with the FNV-1a hash of {@code label}'s UTF-8 bytes */
    static long derive(long seed, String label) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return mix(seed ^ mix(hash));
    }

    /** SplitMix64's finaliser: every input bit affects every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
