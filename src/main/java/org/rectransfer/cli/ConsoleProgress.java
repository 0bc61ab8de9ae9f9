package org.rectransfer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunListener;

/**
 * Training progress on stderr: a progress bar with samples/s and ETA (redrawn in place when
 * stderr is a terminal) and one line per epoch with loss, HR@k, NDCG@k and seconds.
 */
final class ConsoleProgress implements RunListener {
    private static final int BAR = 30;
    private final PrintWriter err;
    private final int epochs;
    private final int k;
    private final boolean terminal = System.console() != null;
    private long epochStart = System.nanoTime();

    ConsoleProgress(PrintWriter err, int epochs, int k) {
        this.err = err;
        this.epochs = epochs;
        this.k = k;
    }

    @Override
    public void onPrepared(PreparedDomain domain) {
        err.printf(Locale.ROOT, "%s: %,d users, %,d items, %,d interactions; %,d users evaluated, %d skipped%n",
                domain.data().name(), domain.data().users(), domain.data().items(), domain.data().interactions(),
                domain.split().evaluatedUsers(), domain.split().skippedUsers());
        err.flush();
        epochStart = System.nanoTime();
    }

    @Override
    public void onProgress(int epoch, long done, long total, double samplesPerSecond) {
        if (!terminal) return;
        int filled = (int) (BAR * done / Math.max(1, total));
        double eta = samplesPerSecond > 0 ? (total - done) / samplesPerSecond : 0;
        err.printf(Locale.ROOT, "\repoch %d/%d [%s%s] %,.0f samples/s, ETA %.0fs ", epoch + 1, epochs,
                "=".repeat(filled), " ".repeat(BAR - filled), samplesPerSecond, eta);
        err.flush();
    }

    @Override
    public void onEpoch(EpochMetrics m) {
        if (terminal) err.print("\r" + " ".repeat(80) + "\r");
        err.printf(Locale.ROOT, "epoch %d/%d  loss %.4f  HR@%d %s  NDCG@%d %s  %.1fs  %,.0f samples/s%n", m.epoch(), epochs,
                m.loss(), k, metric(m.hr()), k, metric(m.ndcg()), m.seconds(), m.samplesPerSecond());
        err.flush();
    }

    private static String metric(double value) {
        return Double.isNaN(value) ? "  -   " : String.format(Locale.ROOT, "%.4f", value);
    }
}
