package org.rectransfer.train;

import java.util.function.BooleanSupplier;
import org.rectransfer.data.split.TrainingSamples;

/**
 * Runs one epoch of mini-batch training over shuffled examples, reporting progress and
 * stopping the run when the loss stops being a finite number.
 */
public final class EpochTrainer {
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;
    private final NcfEngine engine;
    private final int batchSize;
    private final int[] batchUsers;
    private final int[] batchItems;
    private final float[] batchLabels;

    /**
     * @param engine    the engine to train; its maximum batch must be at least {@code batchSize}
     * @param batchSize examples per step (the paper: 256)
     */
    public EpochTrainer(NcfEngine engine, int batchSize) {
        if (batchSize < 1 || batchSize > engine.config().maxBatch()) {
            throw new IllegalArgumentException("batch size " + batchSize + " outside 1.." + engine.config().maxBatch());
        }
        this.engine = engine;
        this.batchSize = batchSize;
        this.batchUsers = new int[batchSize];
        this.batchItems = new int[batchSize];
        this.batchLabels = new float[batchSize];
    }

    /**
     * @param epoch     the 0-based epoch, for messages
     * @param samples   the epoch's examples
     * @param listener  told about progress
     * @param cancelled polled between batches; when true the epoch ends early
     * @return the mean loss over the epoch's examples (or those trained before cancellation)
     * @throws TrainingDivergedException when a batch's loss is NaN or infinite
     */
    public double run(int epoch, TrainingSamples samples, TrainingListener listener, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        long lastReport = start;
        double lossSum = 0;
        int done = 0;
        int total = samples.size();
        while (done < total && !cancelled.getAsBoolean()) {
            int n = Math.min(batchSize, total - done);
            System.arraycopy(samples.users(), done, batchUsers, 0, n);
            System.arraycopy(samples.items(), done, batchItems, 0, n);
            System.arraycopy(samples.labels(), done, batchLabels, 0, n);
            double loss = engine.trainBatch(batchUsers, batchItems, batchLabels, n);
            if (!Double.isFinite(loss)) {
                throw new TrainingDivergedException(String.format(java.util.Locale.ROOT,
                        "training diverged: loss is %s at epoch %d, batch %d; try a lower --lr",
                        loss, epoch + 1, done / batchSize + 1));
            }
            lossSum += loss * n;
            done += n;
            long now = System.nanoTime();
            if (now - lastReport > PROGRESS_EVERY_NANOS || done == total) {
                listener.onProgress(epoch, done, total, done / ((now - start) / 1e9));
                lastReport = now;
            }
        }
        return done == 0 ? 0 : lossSum / done;
    }
}
