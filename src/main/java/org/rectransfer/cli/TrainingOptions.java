package org.rectransfer.cli;

import java.util.List;
import org.rectransfer.data.split.HoldOut;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.train.EmbeddingOptimizer;
import picocli.CommandLine.Option;

/** The training options common to every command that trains (docs/cli.md §Data arguments and shared options). */
public final class TrainingOptions {
    @Option(names = "--epochs", paramLabel = "N",
            description = "Epochs; with early stopping the most that are run (default: ${DEFAULT-VALUE}).")
    int epochs = 100;

    @Option(names = "--batch", paramLabel = "N", description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
    int batch = 256;

    @Option(names = "--lr", paramLabel = "X", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    double lr = 0.001;

    @Option(names = "--negatives", paramLabel = "N", description = "Training negatives per positive (default: ${DEFAULT-VALUE}).")
    int negatives = 4;

    @Option(names = "--embedding", paramLabel = "N", description = "User and item embedding size (default: ${DEFAULT-VALUE}).")
    int embedding = 32;

    @Option(names = "--layers", paramLabel = "W,W,..", split = ",", description = "Widths of FC-1..FC-k (default: 64,32,16,8).")
    List<Integer> layers = List.of(64, 32, 16, 8);

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the initialisation and the sampling of training negatives (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--split-seed", paramLabel = "N",
            description = "Seed of the held-out items and their evaluation candidates, the same for every --seed so that the "
                    + "spread over seeds is the training's (default: ${DEFAULT-VALUE}; 0 draws a new split with each --seed).")
    long splitSeed = TrainingSettings.DEFAULT_SPLIT_SEED;

    @Option(names = "--eval-negatives", paramLabel = "N", description = "Sampled negatives per user in evaluation (default: ${DEFAULT-VALUE}).")
    int evalNegatives = 99;

    @Option(names = "--k", paramLabel = "N", description = "Cut-off of HR and NDCG (default: ${DEFAULT-VALUE}).")
    int k = 10;

    @Option(names = "--eval-every", paramLabel = "N", description = {"Evaluate the test items every N epochs as well (and at the last); 0: only the",
            "model kept at the end, so the test set is touched once (default: 0 with early stopping, whose learning",
            "curve is the validation HR; 1 with --paper-schedule or --early-stopping 0)."})
    Integer evalEvery;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "adam-lazy (row-sparse, default) or adam-dense (exact) for the embeddings.")
    String optimizer = "adam-lazy";

    @Option(names = "--threads", paramLabel = "N",
            description = {"Threads of a run (default: ${DEFAULT-VALUE}): data-parallel training steps and evaluation. The same seed",
                    "and N give the same run; another N differs in the last digits (order of float sums). sweep trains each",
                    "run on one thread."})
    int threads = 1;

    @Option(names = "--hold-out", paramLabel = "random|latest", description = "Held-out item per user: random (paper) or latest by time/order.")
    String holdOut = "random";

    @Option(names = "--early-stopping", paramLabel = "PATIENCE",
            description = "Converged training: stop when HR on a validation hold-out has not improved for PATIENCE epochs and "
                    + "evaluate the best validation epoch (default: ${DEFAULT-VALUE}; 0 turns it off).")
    int patience = TrainingSettings.CONVERGED_PATIENCE;

    @Option(names = "--warmup-epochs", paramLabel = "N",
            description = "With early stopping, never stop during the first N epochs: a model trained from scratch sits on a plateau before it learns (default: ${DEFAULT-VALUE}).")
    int minEpochs = TrainingSettings.CONVERGED_MIN_EPOCHS;

    @Option(names = "--paper-schedule",
            description = "The paper's fixed schedule: every one of --epochs epochs (100), no early stopping.")
    boolean paperSchedule;

    @Option(names = "--full-ranking", description = "Also rank each held-out item among all unseen items.")
    boolean fullRanking;

    /** @return the settings these options describe; bad values are usage errors */
    public TrainingSettings settings() {
        try {
            boolean converged = !paperSchedule && patience > 0;
            int everyEpochs = evalEvery != null ? evalEvery : converged ? 0 : 1;
            return new TrainingSettings(epochs, batch, lr, negatives, embedding, layers, seed, evalNegatives, k, everyEpochs,
                    EmbeddingOptimizer.parse(optimizer), threads, parseHoldOut(), paperSchedule ? 0 : patience,
                    paperSchedule ? 0 : minEpochs, fullRanking, splitSeed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * @param tuneLr the {@code --tune-lr} given, or null
     * @return the learning rate of tuned layers: {@code tuneLr}, or the settings' {@code --lr}
     */
    static double tuneLr(Double tuneLr, TrainingSettings settings) {
        if (tuneLr == null) return settings.lr();
        if (!(tuneLr > 0) || !Double.isFinite(tuneLr)) throw new UsageException("--tune-lr must be a positive number, not " + tuneLr);
        return tuneLr;
    }

    private HoldOut parseHoldOut() {
        return switch (holdOut.toLowerCase(java.util.Locale.ROOT)) {
            case "random" -> HoldOut.RANDOM;
            case "latest" -> HoldOut.LATEST;
            default -> throw new UsageException("--hold-out must be random or latest, not '" + holdOut + "'");
        };
    }
}
