package org.rectransfer.model;

import java.util.Locale;

/**
 * Names a parameterised layer of the network: the two embeddings, the hidden dense layers
 * FC1..FCk (1-based, as in the paper) and the prediction layer OUT.
 *
 * <p>The {@link #id()} is also the layer's vertex name in the DL4J graph and the key used in
 * plans and on the command line ({@code FC2}, {@code OUT}, {@code USER_EMB}, {@code ITEM_EMB}).
 *
 * @param kind  what sort of layer this is
 * @param index the 1-based position of a hidden dense layer, 0 for the other kinds
 */
public record LayerName(Kind kind, int index) {

    /** The sorts of parameterised layer. */
    public enum Kind {
        /** The user embedding table. */
        USER_EMBEDDING,
        /** The item embedding table. */
        ITEM_EMBEDDING,
        /** A hidden ReLU layer FCk. */
        HIDDEN,
        /** The sigmoid prediction layer. */
        OUT
    }

    /** The user embedding table. */
    public static final LayerName USER_EMBEDDING = new LayerName(Kind.USER_EMBEDDING, 0);
    /** The item embedding table. */
    public static final LayerName ITEM_EMBEDDING = new LayerName(Kind.ITEM_EMBEDDING, 0);
    /** The prediction layer (the paper does not name it; it follows FC-4 by default). */
    public static final LayerName OUT = new LayerName(Kind.OUT, 0);

    private static final String USER_ID = "USER_EMB";
    private static final String ITEM_ID = "ITEM_EMB";
    private static final String OUT_ID = "OUT";
    private static final String FC_PREFIX = "FC";

    /** Checks that hidden layers carry a positive index and the others 0. */
    public LayerName {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (kind == Kind.HIDDEN ? index < 1 : index != 0) {
            throw new IllegalArgumentException("bad index " + index + " for " + kind);
        }
    }

    /**
     * @param k the 1-based position in the tower
     * @return the hidden layer FCk
     */
    public static LayerName fc(int k) {
        return new LayerName(Kind.HIDDEN, k);
    }

    /**
     * Parses {@code FC2}, {@code fc-2} (the paper's spelling), {@code OUT}, {@code USER_EMB}
     * or {@code ITEM_EMB}, ignoring case.
     *
     * @param text the name
     * @return the layer name
     * @throws IllegalArgumentException if the text names no layer
     */
    public static LayerName parse(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        switch (s) {
            case OUT_ID: return OUT;
            case USER_ID: return USER_EMBEDDING;
            case ITEM_ID: return ITEM_EMBEDDING;
            default: break;
        }
        if (s.startsWith(FC_PREFIX)) {
            String digits = s.substring(FC_PREFIX.length()).replace("-", "");
            try {
                return fc(Integer.parseInt(digits));
            } catch (IllegalArgumentException e) {
                // fall through to the common error below
            }
        }
        throw new IllegalArgumentException("unknown layer '" + text
                + "' (expected FC1..FCk, OUT, USER_EMB or ITEM_EMB)");
    }

    /** @return {@code FCk}, {@code OUT}, {@code USER_EMB} or {@code ITEM_EMB} */
    public String id() {
        return switch (kind) {
            case USER_EMBEDDING -> USER_ID;
            case ITEM_EMBEDDING -> ITEM_ID;
            case OUT -> OUT_ID;
            case HIDDEN -> FC_PREFIX + index;
        };
    }

    /** @return true for FCk and OUT, the layers a transfer can carry over */
    public boolean isDense() {
        return kind == Kind.HIDDEN || kind == Kind.OUT;
    }

    /** @return true for the two embedding tables */
    public boolean isEmbedding() {
        return !isDense();
    }

    @Override
    public String toString() {
        return id();
    }
}
