package org.rectransfer.store;

import org.rectransfer.experiment.RunKind;

/**
 * What is known of a run when it starts.
 *
 * @param kind           source, baseline or transfer
 * @param domain         the domain name
 * @param dataFile       the data file as given
 * @param dataHash       SHA-256 of the data file
 * @param sourceRun      the source run or package of a transfer, else null
 * @param plan           the transfer plan, else null
 * @param seed           the seed
 * @param settingsJson   the full settings, as JSON
 * @param provenanceJson versions, host, command line, as JSON
 */
public record NewRun(RunKind kind, String domain, String dataFile, String dataHash, String sourceRun, String plan,
                     long seed, String settingsJson, String provenanceJson) { }
