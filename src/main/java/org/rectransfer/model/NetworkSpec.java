package org.rectransfer.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of the network: table sizes, embedding size and the widths of the hidden tower.
 *
 * <p>The dense layers are indexed {@code 0..depth()}: index {@code k < depth()} is the hidden
 * layer FC(k+1) and index {@code depth()} is OUT. Dense layer {@code k} maps
 * {@link #inputSize(int)} to {@link #outputSize(int)} values; FC1's input is the concatenation
 * of both embeddings ({@code 2 x embeddingSize}) and OUT has one output.
 *
 * @param users         rows of the user embedding table
 * @param items         rows of the item embedding table
 * @param embeddingSize columns of each embedding table
 * @param layers        widths of FC1..FCk, in order
 */
public record NetworkSpec(int users, int items, int embeddingSize, List<Integer> layers) implements java.io.Serializable {

    /** The paper's embedding size. */
    public static final int DEFAULT_EMBEDDING_SIZE = 32;
    /** The paper's tower: FC1 64, FC2 32, FC3 16, FC4 8. */
    public static final List<Integer> DEFAULT_LAYERS = List.of(64, 32, 16, 8);

    /** Validates the sizes and freezes the layer list. */
    public NetworkSpec {
        if (users < 1 || items < 1 || embeddingSize < 1) {
            throw new IllegalArgumentException("users, items and embedding size must be positive: "
                    + users + ", " + items + ", " + embeddingSize);
        }
        layers = List.copyOf(layers);
        if (layers.isEmpty() || layers.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("need at least one hidden layer, all widths positive: "
                    + layers);
        }
    }

    /**
     * @param users rows of the user table
     * @param items rows of the item table
     * @return the paper's network (embedding 32, tower 64-32-16-8) for these tables
     */
    public static NetworkSpec withDefaults(int users, int items) {
        return new NetworkSpec(users, items, DEFAULT_EMBEDDING_SIZE, DEFAULT_LAYERS);
    }

    /**
     * @param newUsers rows of the new user table
     * @param newItems rows of the new item table
     * @return the same tower over other tables (a transfer target)
     */
    public NetworkSpec withTables(int newUsers, int newItems) {
        return new NetworkSpec(newUsers, newItems, embeddingSize, layers);
    }

    /**
     * @param other another spec
     * @return true if both have the same embedding size and tower, so dense layers can move
     */
    public boolean sameTower(NetworkSpec other) {
        return embeddingSize == other.embeddingSize && layers.equals(other.layers);
    }

    /** @return the number of hidden layers (4 for the paper's tower) */
    public int depth() {
        return layers.size();
    }

    /** @return the number of dense layers including OUT */
    public int denseCount() {
        return layers.size() + 1;
    }

    /**
     * @param k dense layer index, {@code 0..depth()}
     * @return its input width
     */
    public int inputSize(int k) {
        checkDenseIndex(k);
        return k == 0 ? 2 * embeddingSize : layers.get(k - 1);
    }

    /**
     * @param k dense layer index, {@code 0..depth()}
     * @return its output width (1 for OUT)
     */
    public int outputSize(int k) {
        checkDenseIndex(k);
        return k == depth() ? 1 : layers.get(k);
    }

    /**
     * @param k dense layer index, {@code 0..depth()}
     * @return FC(k+1), or OUT for {@code k == depth()}
     */
    public LayerName denseName(int k) {
        checkDenseIndex(k);
        return k == depth() ? LayerName.OUT : LayerName.fc(k + 1);
    }

    /**
     * @param layer a dense layer of this network
     * @return its index {@code 0..depth()}
     * @throws IllegalArgumentException for an embedding or an FCk beyond the tower
     */
    public int denseIndex(LayerName layer) {
        if (layer.kind() == LayerName.Kind.OUT) {
            return depth();
        }
        if (layer.kind() == LayerName.Kind.HIDDEN && layer.index() <= depth()) {
            return layer.index() - 1;
        }
        throw new IllegalArgumentException(layer + " is not a dense layer of " + this);
    }

    /** @return FC1..FCk then OUT */
    public List<LayerName> denseLayers() {
        List<LayerName> names = new ArrayList<>(denseCount());
        for (int k = 0; k < denseCount(); k++) {
            names.add(denseName(k));
        }
        return List.copyOf(names);
    }

    /** @return the two embeddings, then FC1..FCk, then OUT */
    public List<LayerName> allLayers() {
        List<LayerName> names = new ArrayList<>(denseCount() + 2);
        names.add(LayerName.USER_EMBEDDING);
        names.add(LayerName.ITEM_EMBEDDING);
        names.addAll(denseLayers());
        return List.copyOf(names);
    }

    /**
     * @param layer a layer of this network
     * @return true if the network has it
     */
    public boolean has(LayerName layer) {
        return layer.isEmbedding() || layer.kind() == LayerName.Kind.OUT || layer.index() <= depth();
    }

    /**
     * @param layer an embedding
     * @return its number of rows
     */
    public int tableRows(LayerName layer) {
        return switch (layer.kind()) {
            case USER_EMBEDDING -> users;
            case ITEM_EMBEDDING -> items;
            default -> throw new IllegalArgumentException(layer + " is not an embedding");
        };
    }

    /** @return the number of weights and biases of the dense layers */
    public int denseParameterCount() {
        int count = 0;
        for (int k = 0; k < denseCount(); k++) {
            count += (inputSize(k) + 1) * outputSize(k);
        }
        return count;
    }

    /** @return the number of trainable parameters, embeddings included */
    public long parameterCount() {
        return (long) (users + items) * embeddingSize + denseParameterCount();
    }

    private void checkDenseIndex(int k) {
        if (k < 0 || k > depth()) {
            throw new IndexOutOfBoundsException("dense layer index " + k + " outside 0.." + depth());
        }
    }
}
