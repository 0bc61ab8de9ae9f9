package org.rectransfer.model;

import java.util.Locale;

/** What a transfer does with one dense layer of the source network. */
public enum TransferMode {
    /** Not transferred: initialised afresh and trained on the target. */
    FRESH,
    /** Transferred and frozen: the source's weights are used as they are (the paper's transfer). */
    FROZEN,
    /** Transferred and fine-tuned at its own learning rate (discriminative fine-tuning). */
    TUNED;

    /** @return the command-line spelling: fresh, frozen or tuned */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses fresh, frozen or tuned (any case). */
    public static TransferMode parse(String text) {
        for (TransferMode mode : values()) {
            if (mode.id().equals(text.trim().toLowerCase(Locale.ROOT))) return mode;
        }
        throw new IllegalArgumentException("unknown transfer mode '" + text + "' (expected fresh, frozen or tuned)");
    }
}
