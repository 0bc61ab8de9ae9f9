package org.rectransfer.study;

/** The three models a transfer-lab run trains, in the order it trains them. */
public enum ModelRole {
    /** The model trained on the source domain, whose layers are transferred. */
    SOURCE("source"),
    /** The target model trained from scratch. */
    BASELINE("baseline"),
    /** The target model with the source's layers. */
    TRANSFER("transfer");

    private final String label;

    ModelRole(String label) {
        this.label = label;
    }

    /** @return the name shown in legends and messages */
    public String label() { return label; }
}
