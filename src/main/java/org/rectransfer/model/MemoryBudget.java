package org.rectransfer.model;

import java.util.Locale;

/**
 * Refuses, before any allocation, a network too large for this JVM's heap, so that a too-large
 * {@code --embedding} is one line of advice rather than an OutOfMemoryError minutes into a run.
 * Training holds the parameters about {@value #COPIES} times: the parameters, Adam's two moments,
 * the best epoch's copy (early stopping) and the checkpoint written from it.
 */
public final class MemoryBudget {
    /** Copies of the parameters that training holds at once. */
    static final int COPIES = 5;

    private MemoryBudget() { }

    /** @return the bytes training a network of this shape needs, about */
    public static long trainingBytes(NetworkSpec spec) {
        return spec.parameterCount() * Float.BYTES * COPIES;
    }

    /**
     * @param maxHeapBytes the most heap this JVM may use ({@link Runtime#maxMemory()})
     * @throws ModelTooLargeException when the network needs more than that
     */
    public static void check(NetworkSpec spec, long maxHeapBytes) {
        long needed = trainingBytes(spec);
        if (needed > maxHeapBytes) {
            throw new ModelTooLargeException(String.format(Locale.ROOT,
                    "a network of %,d users and %,d items with embedding %d and layers %s needs about %.1f GB to train,"
                            + " more than the %.1f GB of heap this JVM may use (-Xmx); use a smaller --embedding or more heap"
                            + " (RECTRANSFER_JAVA_OPTS=-Xmx%dg)",
                    spec.users(), spec.items(), spec.embeddingSize(), spec.layers(), needed / 1e9, maxHeapBytes / 1e9,
                    (long) Math.ceil(needed * 1.2 / (1L << 30))));
        }
    }

    /** A network too large for the heap: bad input, reported in one line. */
    public static final class ModelTooLargeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        ModelTooLargeException(String message) {
            super(message);
        }
    }
}
