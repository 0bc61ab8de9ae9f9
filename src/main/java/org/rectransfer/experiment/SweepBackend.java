package org.rectransfer.experiment;

/**
 * Another place for a sweep's runs to execute than this machine's cores (which
 * {@link SweepExecutor} uses): found with {@link java.util.ServiceLoader}, so that a backend
 * and its libraries (Apache Spark) are only in the builds that want them. A backend must keep
 * the sweep's contract: runs recorded through the ledger, done tasks skipped, every result the
 * same as a local run's.
 */
public interface SweepBackend {
    /** @return the name {@code --executor} selects it by, e.g. {@code spark} */
    String name();

    /**
     * Runs every task of the sweep not yet done in the ledger.
     *
     * @param parallel how many runs at once, where the backend decides that itself (local mode)
     * @return what this attempt did
     */
    SweepOutcome run(SweepSpec spec, SweepLedger ledger, SweepListener listener, int parallel) throws InterruptedException;

    /** @return the backend called {@code name} on the class path, if any */
    static java.util.Optional<SweepBackend> named(String name) {
        return java.util.ServiceLoader.load(SweepBackend.class).stream().map(java.util.ServiceLoader.Provider::get)
                .filter(backend -> backend.name().equals(name)).findFirst();
    }
}
