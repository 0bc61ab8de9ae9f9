package org.rectransfer.data.synth;

/** The part a domain plays in the transfer study. */
public enum Role {
    /** A domain whose trained FC layers are transferred (Book, Movie, Kindle in the paper). */
    SOURCE,
    /** A domain that receives transferred layers. */
    TARGET;

    /** @return the lower-case name used in files, e.g. {@code source} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
