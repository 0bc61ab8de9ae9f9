package org.rectransfer.data.io;

import org.rectransfer.data.Dataset;

/**
 * A domain as read from its file, before any filter.
 *
 * @param dataset the interactions, duplicates merged
 * @param report  what reading did (format, counts, skipped lines)
 */
public record LoadedDomain(Dataset dataset, ReadReport report) { }
