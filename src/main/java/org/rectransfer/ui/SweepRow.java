package org.rectransfer.ui;

import org.rectransfer.experiment.SweepStatus;
import org.rectransfer.study.SweepOverview;

/**
 * A sweep as the results screen lists it: the stored overview and, while it runs, the time it
 * still needs. Two rows are equal when they show the same, so the list redraws a row only when its
 * text changes.
 *
 * @param sweep the sweep's id, status, finished runs and tasks
 * @param eta   "ETA 3 min", or empty while unknown or not running
 */
public record SweepRow(SweepOverview sweep, String eta) {
    /** @return the sweep id */
    public String id() { return sweep.id(); }

    /** @return its finished runs */
    public int runs() { return sweep.runs(); }

    /** @return all of its tasks (0 when its description cannot be read) */
    public int tasks() { return sweep.tasks(); }

    public SweepStatus status() { return sweep.status(); }

    /** @return finished runs over tasks, 0..1; -1 (indeterminate) when the tasks are unknown */
    public double fraction() {
        return sweep.tasks() > 0 ? Math.min(1, (double) sweep.runs() / sweep.tasks()) : -1;
    }

    /** @return e.g. "7 / 25 runs · running · ETA 3 min", or "25 / 25 runs · done" */
    public String progressText() {
        String runs = sweep.tasks() > 0 ? sweep.runs() + " / " + sweep.tasks() + " runs" : sweep.runs() + " runs";
        return runs + " · " + sweep.status() + (eta.isEmpty() ? "" : " · " + eta);
    }

    /** @return the list's text: the id, then the progress, and when the sweep is not running the day it began */
    public String listText() {
        return sweep.id() + "\n" + progressText() + (sweep.status() == SweepStatus.RUNNING ? "" : " · " + day(sweep.createdAt()));
    }

    private static String day(String instant) {
        return instant == null || instant.length() < 16 ? String.valueOf(instant) : instant.substring(0, 16).replace('T', ' ');
    }
}
