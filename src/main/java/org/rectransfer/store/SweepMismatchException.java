package org.rectransfer.store;

import java.util.List;

/**
 * A sweep name that the workspace holds with another specification (other settings, domains,
 * configurations, seeds or data bytes): resuming it would mix results of two different studies,
 * so it is refused as bad input, in one line that names what differs.
 */
public final class SweepMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    SweepMismatchException(String sweepId, List<String> differences) {
        super("sweep '" + sweepId + "' was started with other settings (" + String.join("; ", differences)
                + "); run the same command to resume it, give this study a new --name, or add --replace to keep the old one as "
                + sweepId + "~N and start this one");
    }
}
