package org.rectransfer.model;

import java.util.Arrays;

/**
 * All parameters of one network as plain float arrays, the representation the training
 * engine works on directly.
 *
 * <p>Layouts, chosen for the engine's loops and documented because other code indexes them:
 * <ul>
 *   <li>an embedding table is row-major {@code [rows][embeddingSize]}: row {@code r} starts at
 *       {@code r * embeddingSize};</li>
 *   <li>the weights of dense layer {@code k} are row-major {@code [out][in]}: the weight from
 *       input {@code i} to output {@code o} is at {@code o * in + i} (DL4J stores the transpose,
 *       {@code [nIn, nOut]}; {@link Dl4jParameters} converts);</li>
 *   <li>the biases of dense layer {@code k} are {@code [out]}.</li>
 * </ul>
 *
 * <p>The arrays are exposed, not copied, so the engine can update them in place; callers that
 * need a snapshot use {@link #copy()}.
 */
public final class NcfParameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final NetworkSpec spec;
    private final float[] userEmbedding;
    private final float[] itemEmbedding;
    private final float[][] weights;
    private final float[][] biases;

    private NcfParameters(NetworkSpec spec, float[] userEmbedding, float[] itemEmbedding,
                          float[][] weights, float[][] biases) {
        this.spec = spec;
        this.userEmbedding = userEmbedding;
        this.itemEmbedding = itemEmbedding;
        this.weights = weights;
        this.biases = biases;
    }

    /**
     * @param spec the network shape
     * @return parameters of that shape, all zero
     */
    public static NcfParameters zeros(NetworkSpec spec) {
        int e = spec.embeddingSize();
        float[][] w = new float[spec.denseCount()][];
        float[][] b = new float[spec.denseCount()][];
        for (int k = 0; k < spec.denseCount(); k++) {
            w[k] = new float[spec.inputSize(k) * spec.outputSize(k)];
            b[k] = new float[spec.outputSize(k)];
        }
        return new NcfParameters(spec, new float[Math.multiplyExact(spec.users(), e)],
                new float[Math.multiplyExact(spec.items(), e)], w, b);
    }

    /** @return the network shape */
    public NetworkSpec spec() {
        return spec;
    }

    /** @return the user table, row-major {@code [users][embeddingSize]} (live array) */
    public float[] userEmbedding() {
        return userEmbedding;
    }

    /** @return the item table, row-major {@code [items][embeddingSize]} (live array) */
    public float[] itemEmbedding() {
        return itemEmbedding;
    }

    /**
     * @param layer {@link LayerName#USER_EMBEDDING} or {@link LayerName#ITEM_EMBEDDING}
     * @return that table (live array)
     */
    public float[] embedding(LayerName layer) {
        return switch (layer.kind()) {
            case USER_EMBEDDING -> userEmbedding;
            case ITEM_EMBEDDING -> itemEmbedding;
            default -> throw new IllegalArgumentException(layer + " is not an embedding");
        };
    }

    /**
     * @param k dense layer index {@code 0..depth}
     * @return its weights, row-major {@code [out][in]} (live array)
     */
    public float[] weights(int k) {
        return weights[k];
    }

    /**
     * @param k dense layer index {@code 0..depth}
     * @return its biases {@code [out]} (live array)
     */
    public float[] biases(int k) {
        return biases[k];
    }

    /**
     * @param layer a dense layer
     * @return its weights, row-major {@code [out][in]} (live array)
     */
    public float[] weights(LayerName layer) {
        return weights[spec.denseIndex(layer)];
    }

    /**
     * @param layer a dense layer
     * @return its biases (live array)
     */
    public float[] biases(LayerName layer) {
        return biases[spec.denseIndex(layer)];
    }

    /** @return a deep copy */
    public NcfParameters copy() {
        float[][] w = new float[weights.length][];
        float[][] b = new float[biases.length][];
        for (int k = 0; k < weights.length; k++) {
            w[k] = weights[k].clone();
            b[k] = biases[k].clone();
        }
        return new NcfParameters(spec, userEmbedding.clone(), itemEmbedding.clone(), w, b);
    }

    /**
     * @return a copy of the dense layers (FC1..FCk and OUT) with placeholder embedding tables of one
     *         zero row each: all a transfer takes from its source ({@link #copyLayerFrom} of a dense
     *         layer), far smaller than the model when the source has many users and items, and
     *         without anything of the source's users or items (as a {@link TransferPackage} reads)
     */
    public NcfParameters denseOnly() {
        NcfParameters dense = zeros(new NetworkSpec(1, 1, spec.embeddingSize(), spec.layers()));
        for (int k = 0; k < weights.length; k++) {
            System.arraycopy(weights[k], 0, dense.weights[k], 0, weights[k].length);
            System.arraycopy(biases[k], 0, dense.biases[k], 0, biases[k].length);
        }
        return dense;
    }

    /**
     * Overwrites one layer with the values of the same layer in {@code source}; for dense
     * layers the source may have other tables (that is how a transfer carries FC layers over).
     *
     * @param source parameters with the same tower (and, for an embedding, the same table)
     * @param layer  the layer to copy
     */
    public void copyLayerFrom(NcfParameters source, LayerName layer) {
        if (layer.isEmbedding()) {
            float[] from = source.embedding(layer);
            float[] to = embedding(layer);
            if (from.length != to.length) {
                throw new IllegalArgumentException(layer + " tables differ in size");
            }
            System.arraycopy(from, 0, to, 0, to.length);
            return;
        }
        if (!spec.sameTower(source.spec)) {
            throw new IllegalArgumentException("towers differ: " + spec + " vs " + source.spec);
        }
        int k = spec.denseIndex(layer);
        System.arraycopy(source.weights[k], 0, weights[k], 0, weights[k].length);
        System.arraycopy(source.biases[k], 0, biases[k], 0, biases[k].length);
    }

    /**
     * @param other parameters to compare
     * @return true if both have the same shape and bit-identical values
     */
    public boolean sameValues(NcfParameters other) {
        return spec.equals(other.spec)
                && Arrays.equals(userEmbedding, other.userEmbedding)
                && Arrays.equals(itemEmbedding, other.itemEmbedding)
                && Arrays.deepEquals(weights, other.weights)
                && Arrays.deepEquals(biases, other.biases);
    }
}
