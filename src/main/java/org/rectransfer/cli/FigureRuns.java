package org.rectransfer.cli;

import org.rectransfer.experiment.RunStatus;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;

/** The runs a figure plots: they must exist and be done (a run's epochs and model are stored when it completes). */
final class FigureRuns {
    private FigureRuns() { }

    /** @return the finished run {@code id}; a usage error when it is missing or not done */
    static StoredRun done(Workspace store, String id) {
        StoredRun run = store.run(id).orElseThrow(() -> new UsageException("no run '" + id + "' in workspace " + store.dir()));
        if (run.status() != RunStatus.DONE) throw new UsageException("run '" + id + "' is " + run.status() + ", not done");
        return run;
    }
}
