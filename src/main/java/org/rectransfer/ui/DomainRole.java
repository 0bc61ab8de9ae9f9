package org.rectransfer.ui;

import java.util.Locale;
import java.util.Set;

/** The part a domain plays in the paper's study: a source of transferred layers, or a target. */
public enum DomainRole {
    SOURCE, TARGET;

    /** The paper's three large source domains; every other domain is a target. */
    private static final Set<String> SOURCES = Set.of("book", "books", "movie", "movies", "kindle");

    /** @return the role the paper gives a domain called {@code name} */
    public static DomainRole of(String name) {
        return SOURCES.contains(name.toLowerCase(Locale.ROOT)) ? SOURCE : TARGET;
    }

    /** @return the role in lower case, as shown in tables */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
