package org.rectransfer.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded initialisation with the same distributions as the DL4J graph of
 * {@link NcfNetworkFactory}: embeddings N(0, 0.01^2), dense weights DL4J {@code XAVIER}
 * (Gaussian, standard deviation {@code sqrt(2 / (fanIn + fanOut))}), biases 0.
 *
 * <p>It draws from its own random streams, not ND4J's, so values differ from DL4J's for the
 * same seed; only the distributions match. Each layer draws from a stream derived from the seed
 * and the layer's name, so a layer's initial values do not depend on the sizes of the other
 * layers (a fresh FC2 gets the same values whatever the table sizes).
 */
public final class NcfInitializer {
    /** Standard deviation of the embedding initialisation (the paper's N(0, 0.01)). */
    public static final double EMBEDDING_STD = 0.01;

    private NcfInitializer() {
    }

    /**
     * @param spec the network shape
     * @param seed the seed
     * @return freshly initialised parameters
     */
    public static NcfParameters initialise(NetworkSpec spec, long seed) {
        MemoryBudget.check(spec, Runtime.getRuntime().maxMemory());
        NcfParameters params = NcfParameters.zeros(spec);
        for (LayerName layer : spec.allLayers()) {
            initialiseLayer(params, layer, seed);
        }
        return params;
    }

    /**
     * Re-draws one layer (e.g. a layer trained afresh in a transfer).
     *
     * @param params the parameters to overwrite
     * @param layer  the layer
     * @param seed   the run's seed
     */
    public static void initialiseLayer(NcfParameters params, LayerName layer, long seed) {
        SplittableRandom random = new SplittableRandom(layerSeed(seed, layer));
        if (layer.isEmbedding()) {
            fillGaussian(params.embedding(layer), EMBEDDING_STD, random);
            return;
        }
        NetworkSpec spec = params.spec();
        int k = spec.denseIndex(layer);
        double std = Math.sqrt(2.0 / (spec.inputSize(k) + spec.outputSize(k)));
        fillGaussian(params.weights(k), std, random);
        Arrays.fill(params.biases(k), 0f);
    }

    private static void fillGaussian(float[] values, double std, SplittableRandom random) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextGaussian() * std);
        }
    }

    /** Mixes seed and layer so that every (seed, layer) pair gets an unrelated stream. */
    private static long layerSeed(long seed, LayerName layer) {
        long h = seed * 0x9E3779B97F4A7C15L + layer.id().hashCode();
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }
}
