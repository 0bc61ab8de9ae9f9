package org.rectransfer.cli;

import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.RunCurves;

/** The runs a figure plots: they must exist and be done (a run's epochs and model are stored when it completes). */
final class FigureRuns {
    private FigureRuns() { }

    /** @return the finished run {@code id}; a usage error when it is missing or not done */
    static StoredRun done(Workspace store, String id) {
        try {
            return RunCurves.finished(store, id);
        } catch (RunCurves.UnusableRunException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
