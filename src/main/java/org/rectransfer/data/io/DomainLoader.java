package org.rectransfer.data.io;

import org.rectransfer.data.BadInputException;

/** Reads a domain file of any supported format into a {@link LoadedDomain}. */
public final class DomainLoader {
    private DomainLoader() { }

    /**
     * Streams {@code source} (gzip handled transparently) into a dataset named after it.
     *
     * @throws BadInputException for a missing, empty, binary, truncated or malformed file
     */
    public static LoadedDomain load(DomainSource source, ReadOptions options) {
        throw new UnsupportedOperationException("readers not written yet");
    }
}
