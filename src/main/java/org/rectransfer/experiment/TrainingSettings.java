package org.rectransfer.experiment;

import java.util.List;
import org.rectransfer.data.split.HoldOut;
import org.rectransfer.train.EmbeddingOptimizer;

/**
 * How one model is trained and evaluated (defaults: docs/method.md §Training defaults, docs/cli.md).
 *
 * @param epochs         passes over the training data (paper: 100)
 * @param batch          examples per step (paper: 256)
 * @param lr             Adam's learning rate (paper: 0.001)
 * @param negatives      sampled negatives per positive, re-drawn every epoch (paper: 4)
 * @param embedding      user and item embedding size (paper: 32)
 * @param layers         widths of FC-1..FC-k (paper: 64, 32, 16, 8)
 * @param seed           seeds the initialisation and the sampling of training negatives (and the
 *                       split, when {@code splitSeed} is 0)
 * @param evalNegatives  sampled negatives per user in evaluation (paper: 99)
 * @param k              the cut-off of HR and NDCG (paper: 10)
 * @param evalEvery      evaluate on the test items every this many epochs (and the last); 0: only
 *                       the model kept at the end, so that the test set is touched once (the
 *                       default of converged training, whose learning curve is the validation HR)
 * @param optimizer      lazy or dense Adam for the embeddings
 * @param threads        threads of a run: its training steps (data-parallel, see
 *                       {@link org.rectransfer.train.NcfEngine}; sweeps always train each run on
 *                       one) and its evaluation
 * @param holdOut        which interaction is held out per user
 * @param patience       early stopping on a validation hold-out after this many evaluations
 *                       without improvement; 0 turns early stopping off
 * @param minEpochs      with early stopping, never stop before this epoch: a model trained from
 *                       scratch on a small target sits on a plateau before it learns
 * @param fullRanking    also evaluate by ranking every unseen item
 * @param splitSeed      seeds the held-out items and their candidates (test and validation), the
 *                       same for every training seed so that the spread over seeds is the
 *                       training's and not the test set's (as NCF's fixed test files); 0 draws
 *                       them from {@code seed} instead (every run stored before this option)
 */
public record TrainingSettings(int epochs, int batch, double lr, int negatives, int embedding, List<Integer> layers,
                               long seed, int evalNegatives, int k, int evalEvery, EmbeddingOptimizer optimizer,
                               int threads, HoldOut holdOut, int patience, int minEpochs, boolean fullRanking,
                               long splitSeed) implements java.io.Serializable {

    /** The widest embedding or layer accepted. */
    public static final int MAX_WIDTH = 4096;

    /** The split seed of every default: one test set per domain, whatever the training seed. */
    public static final long DEFAULT_SPLIT_SEED = 1;

    /** The paper's fixed schedule: 100 epochs, no early stopping, one thread, sampled evaluation only. */
    public static final TrainingSettings PAPER = new TrainingSettings(100, 256, 0.001, 4, 32, List.of(64, 32, 16, 8),
            1, 99, 10, 1, EmbeddingOptimizer.LAZY_ADAM, 1, HoldOut.RANDOM, 0, 0, false, DEFAULT_SPLIT_SEED);

    /** Patience of {@link #CONVERGED}, in epochs; docs/convergence.md gives the learning curves behind it. */
    public static final int CONVERGED_PATIENCE = 10;
    /** Minimum epochs of {@link #CONVERGED}; docs/convergence.md gives the learning curves behind it. */
    public static final int CONVERGED_MIN_EPOCHS = 10;

    /**
     * The default for comparisons: the paper's settings, trained until validation HR has really
     * stopped improving (at most 100 epochs) and evaluated at the best validation epoch, so that a
     * gain is not a head start over an undertrained baseline.
     */
    public static final TrainingSettings CONVERGED = PAPER.withEarlyStopping(CONVERGED_PATIENCE, CONVERGED_MIN_EPOCHS).withEvalEvery(0);

    public TrainingSettings {
        layers = List.copyOf(layers);
        require(epochs >= 1, "--epochs must be >= 1");
        require(batch >= 1, "--batch must be >= 1");
        require(lr > 0 && Double.isFinite(lr), "--lr must be a positive number");
        require(negatives >= 0, "--negatives must be >= 0");
        require(embedding >= 1, "--embedding must be >= 1");
        // Past this the tables of a real domain no longer fit a desktop's memory (and nothing gains from it).
        require(embedding <= MAX_WIDTH, "--embedding must be at most " + MAX_WIDTH + ", not " + embedding);
        require(!layers.isEmpty() && layers.stream().allMatch(w -> w >= 1 && w <= MAX_WIDTH),
                "--layers must be widths from 1 to " + MAX_WIDTH);
        require(evalNegatives >= 1, "--eval-negatives must be >= 1");
        require(k >= 1, "--k must be >= 1");
        // With k at least the number of candidates every held-out item is a hit: HR = 1 says nothing.
        require(k <= evalNegatives, "--k must be smaller than the number of ranked candidates (--eval-negatives + 1 = "
                + (evalNegatives + 1L) + "), not " + k);
        require(evalEvery >= 0, "--eval-every must be >= 0");
        require(threads >= 1, "--threads must be >= 1");
        require(patience >= 0, "--early-stopping must be >= 0");
        require(minEpochs >= 0, "--warmup-epochs must be >= 0");
        require(splitSeed >= 0, "--split-seed must be >= 0");
    }

    /** @return these settings with another seed */
    public TrainingSettings withSeed(long newSeed) {
        return new TrainingSettings(epochs, batch, lr, negatives, embedding, layers, newSeed, evalNegatives, k, evalEvery,
                optimizer, threads, holdOut, patience, minEpochs, fullRanking, splitSeed);
    }

    /** @return these settings with early stopping after {@code newPatience} epochs without improvement, never before {@code newMinEpochs} */
    public TrainingSettings withEarlyStopping(int newPatience, int newMinEpochs) {
        return new TrainingSettings(epochs, batch, lr, negatives, embedding, layers, seed, evalNegatives, k, evalEvery,
                optimizer, threads, holdOut, newPatience, newMinEpochs, fullRanking, splitSeed);
    }

    /** @return the seed of the held-out items and their candidates: {@code splitSeed}, or {@code seed} when it is 0 */
    public long effectiveSplitSeed() {
        return splitSeed != 0 ? splitSeed : seed;
    }

    /** @return whether these settings stop early on a validation hold-out */
    public boolean earlyStopping() {
        return patience > 0;
    }

    /** @return these settings evaluating the test items every {@code newEvalEvery} epochs (0: only the kept model) */
    public TrainingSettings withEvalEvery(int newEvalEvery) {
        return new TrainingSettings(epochs, batch, lr, negatives, embedding, layers, seed, evalNegatives, k, newEvalEvery,
                optimizer, threads, holdOut, patience, minEpochs, fullRanking, splitSeed);
    }

    /** @return these settings with another network: embedding size and widths of FC-1..FC-k */
    public TrainingSettings withNetwork(int newEmbedding, List<Integer> newLayers) {
        return new TrainingSettings(epochs, batch, lr, negatives, newEmbedding, newLayers, seed, evalNegatives, k, evalEvery,
                optimizer, threads, holdOut, patience, minEpochs, fullRanking, splitSeed);
    }

    /** @return these settings with another mini-batch size, learning rate and number of training negatives per positive */
    public TrainingSettings withOptimisation(int newBatch, double newLr, int newNegatives) {
        return new TrainingSettings(epochs, newBatch, newLr, newNegatives, embedding, layers, seed, evalNegatives, k, evalEvery,
                optimizer, threads, holdOut, patience, minEpochs, fullRanking, splitSeed);
    }

    /** @return these settings with another number of threads per run (training steps and evaluation) */
    public TrainingSettings withThreads(int newThreads) {
        return new TrainingSettings(epochs, batch, lr, negatives, embedding, layers, seed, evalNegatives, k, evalEvery,
                optimizer, newThreads, holdOut, patience, minEpochs, fullRanking, splitSeed);
    }

    /** @return these settings with another number of epochs */
    public TrainingSettings withEpochs(int newEpochs) {
        return new TrainingSettings(newEpochs, batch, lr, negatives, embedding, layers, seed, evalNegatives, k, evalEvery,
                optimizer, threads, holdOut, patience, minEpochs, fullRanking, splitSeed);
    }

    /**
     * @return these settings for a search trial: a validation item held out per user and
     *         validated every epoch (never stopping early), the test items evaluated only at the end
     */
    public TrainingSettings forValidation() {
        return new TrainingSettings(epochs, batch, lr, negatives, embedding, layers, seed, evalNegatives, k, epochs,
                optimizer, threads, holdOut, 1_000_000, 0, false, splitSeed);
    }

    private static void require(boolean condition, String message) {
        if (!condition) throw new IllegalArgumentException(message);
    }
}
