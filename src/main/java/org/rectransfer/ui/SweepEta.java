package org.rectransfer.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.rectransfer.experiment.SweepStatus;
import org.rectransfer.study.SweepOverview;

/**
 * The time a running sweep still needs, from the mean time per finished task so far: the results
 * screen looks at the workspace every few seconds and notes when the number of finished runs
 * changes. Wall-clock time per finished run already includes the runs' parallelism, so a sweep run
 * by another process (the command line) is estimated the same way. Until a run has finished under
 * watch, the time left is unknown. Used on the FX thread only.
 */
final class SweepEta {
    private final LongSupplier nanos;
    private final Map<String, Watch> watches = new HashMap<>();

    /** When watching began, and when the number of finished runs last changed. */
    private record Watch(long firstNanos, int firstRuns, long lastNanos, int lastRuns) { }

    /** @param nanos the clock ({@code System::nanoTime}; tests pass their own) */
    SweepEta(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /**
     * Notes how far the sweep has come now.
     *
     * @return the seconds it still needs, NaN while unknown (not running, or no run finished under watch yet)
     */
    double update(SweepOverview sweep) {
        if (sweep.status() != SweepStatus.RUNNING || sweep.tasks() <= 0) {
            watches.remove(sweep.id());
            return Double.NaN;
        }
        long now = nanos.getAsLong();
        Watch watch = watches.get(sweep.id());
        if (watch == null || sweep.runs() < watch.lastRuns()) {
            // First look, or fewer runs than before (the sweep was replaced): start measuring now.
            watches.put(sweep.id(), new Watch(now, sweep.runs(), now, sweep.runs()));
            return Double.NaN;
        }
        if (sweep.runs() > watch.lastRuns()) {
            watch = new Watch(watch.firstNanos(), watch.firstRuns(), now, sweep.runs());
            watches.put(sweep.id(), watch);
        }
        int finished = watch.lastRuns() - watch.firstRuns();
        if (finished == 0) return Double.NaN;
        double secondsPerRun = (watch.lastNanos() - watch.firstNanos()) / 1e9 / finished;
        double sinceLast = (now - watch.lastNanos()) / 1e9;
        return Math.max(0, Math.max(0, sweep.tasks() - sweep.runs()) * secondsPerRun - sinceLast);
    }

    /** @return "ETA < 1 min", "ETA 3 min", "ETA 1 h 05 min"; empty for NaN */
    static String describe(double seconds) {
        if (Double.isNaN(seconds)) return "";
        if (seconds < 60) return "ETA < 1 min";
        long minutes = (long) Math.ceil(seconds / 60);
        if (minutes < 60) return "ETA " + minutes + " min";
        return String.format(java.util.Locale.ROOT, "ETA %d h %02d min", minutes / 60, minutes % 60);
    }
}
