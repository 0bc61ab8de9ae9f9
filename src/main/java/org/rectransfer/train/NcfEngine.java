package org.rectransfer.train;

import org.rectransfer.model.LayerName;
import org.rectransfer.model.NcfInitializer;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;

/**
 * The fast training engine: the network of {@link org.rectransfer.model.NcfNetworkFactory}
 * trained in plain Java on float arrays, with per-step work proportional to the batch rather
 * than to the embedding tables.
 *
 * <h2>Math</h2>
 * For a batch of n triples (u, i, y): {@code x = [U[u]; I[i]]} (2E values),
 * {@code a_k = relu(W_k a_(k-1) + b_k)} for FC1..FCk, {@code p = sigmoid(w . a_k + b)} for OUT,
 * loss {@code L = -(1/n) sum [y log p + (1 - y) log(1 - p)]} with p clipped to
 * {@code [1e-5, 1 - 1e-5]} exactly as DL4J's {@code LossBinaryXENT}. Back-propagation gives
 * {@code dL/dz_out = (p - y) / n} (inside the clip range), then
 * {@code dL/dW_k = delta_k a_(k-1)^T}, {@code dL/db_k = sum delta_k} and
 * {@code delta_(k-1) = (W_k^T delta_k) * [a_(k-1) > 0]}; the input gradient is added to the
 * batch's embedding rows, summed over repeated rows. This equals DL4J's gradient divided by the
 * batch size (DL4J's updater does that division), so {@link #trainBatch} is DL4J's step.
 *
 * <h2>Freezing and learning rates</h2>
 * Each layer (FC1..FCk, OUT, both embeddings) trains or is frozen and has its own learning rate
 * ({@link org.rectransfer.model.TrainingPlan}). A frozen layer is not updated and its weight
 * gradient is not computed, but it still passes the gradient down, like DL4J's
 * {@code FrozenLayerWithBackprop}.
 *
 * <h2>Adam and lazy Adam</h2>
 * Dense layers always use Adam as DL4J computes it ({@link AdamKernel}). For the embeddings,
 * {@link EmbeddingOptimizer#DENSE_ADAM} is DL4J's exact behaviour: every row is updated every
 * step, and rows outside the batch keep moving on their decaying first moment, at a cost
 * proportional to the tables. The default {@link EmbeddingOptimizer#LAZY_ADAM} updates only the
 * rows in the batch (their summed gradient, their moments, their values); rows outside it do not
 * move and their moments do not decay. The bias correction uses the global step count t, not a
 * per-row count (as TensorFlow's LazyAdam and PyTorch's SparseAdam do). Why: it needs no per-row
 * state, keeps one step-size schedule for all parameters, and makes lazy Adam identical to dense
 * Adam on every row that is in every batch, and on a row's first appearance (zero moments in
 * both; the first step is then about {@code lr (1 - beta1) / sqrt(1 - beta2)}, some 3 lr, once
 * t is large, in both modes). A per-row count would bias-correct each row as if its training
 * had just begun (a first step of about lr), which dense Adam never does. The two modes differ
 * only for rows that come back after an absence: dense Adam would have moved them on their
 * momentum and decayed their moments meanwhile.
 *
 * <h2>Threads</h2>
 * With {@link EngineConfig#threads()} = 1 (the default) a step runs on the calling thread. With
 * T > 1 it is data-parallel: the batch is split into T contiguous slices (fewer when the batch
 * has fewer than T samples), each {@code StepWorker} runs forward and backward on its slice into
 * its own {@code Gradients} (forward/backward buffers are per worker; the parameters are only
 * read), with the loss gradient divided by the whole batch's n, so the slices' gradients sum to
 * the batch's. The calling thread and T - 1 helper threads owned by the engine
 * ({@code StepCrew}: spin-then-park hand-off) each claim slices until none is left, so a helper
 * that is not on a core (a busy machine) delays nothing: the calling thread computes its slice.
 * A slice's result does not depend on which thread computed it. Then the calling thread sums the
 * workers' gradients in a fixed order, worker 0 + worker 1 + ..., never in order of completion,
 * and takes one Adam step ({@code AdamUpdater} is shared, not per worker). With lazy Adam the
 * step's parts (dense arrays, ranges of the batch's rows) are spread over the same threads: Adam
 * updates each element on its own, so this changes no bit. The row numbering and the merge stay
 * serial (a few percent of a step).
 *
 * <p>The batch's distinct embedding rows are numbered once per step, before the split
 * ({@code BatchRows}): every worker scatters its input gradient into the same slots through a
 * per-sample slot index, so the sparse gradients merge as a plain elementwise sum.
 *
 * <p>Reproducibility: with the same seed and the same thread count, results are bitwise
 * identical from run to run, whatever the timing. A different thread count changes the order
 * of float additions (the dense weight gradients and repeated rows are summed per slice, then
 * across slices), so results differ in the last bits: a relative difference of order 1e-6 in a
 * step's parameters, which training can amplify over many epochs as any change of rounding
 * does. One thread is bitwise the engine as it was before threads existed.
 *
 * <p>An engine is driven by one thread at a time. An engine with T > 1 owns threads:
 * {@link #close()} it when done (they are daemon threads and sleep when the engine is idle, so a
 * forgotten engine costs memory, not CPU).
 */
public final class NcfEngine implements AutoCloseable {
    private final NcfParameters params;
    private final EngineConfig config;
    private final BatchRows userRows;
    private final BatchRows itemRows;
    private final boolean userTrainable;
    private final boolean itemTrainable;
    private final StepWorker[] workers;
    private final Gradients gradients;
    private final StepCrew crew;
    private final AdamUpdater updater;
    private final NcfScorer scorer;
    private long steps;
    private boolean gradientsPending;
    /** The step being computed, read by the workers (published by the crew's hand-off). */
    private int[] stepUsers;
    private int[] stepItems;
    private float[] stepLabels;
    private int stepN;
    private int stepSlices;
    /** What the crew's pieces are now: slices of the batch, or parts of the Adam step. */
    private boolean adamPhase;

    /**
     * @param params the parameters to train, updated in place (not copied)
     * @param config the plan, the embedding optimiser, the maximum batch and the threads per step
     */
    public NcfEngine(NcfParameters params, EngineConfig config) {
        this.params = params;
        this.config = config;
        NetworkSpec spec = params.spec();
        this.userRows = new BatchRows(spec.users(), config.maxBatch());
        this.itemRows = new BatchRows(spec.items(), config.maxBatch());
        this.userTrainable = config.plan().of(LayerName.USER_EMBEDDING).trainable();
        this.itemTrainable = config.plan().of(LayerName.ITEM_EMBEDDING).trainable();
        this.workers = new StepWorker[config.threads()];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new StepWorker(params, config, userRows, itemRows);
        }
        this.gradients = workers[0].gradients();
        this.updater = new AdamUpdater(params, config);
        this.crew = workers.length > 1 ? new StepCrew(workers.length - 1, this::runPiece, "ncf-step") : null;
        this.scorer = newScorer();
    }

    /**
     * @return which dense kernels this JVM runs: "vector" (the Vector API, when the launcher adds
     *         {@code jdk.incubator.vector}) or "scalar" (the plain-Java fallback); same results either way
     */
    public static String kernels() {
        return KernelSelection.name();
    }

    /** @return the vector kernels' width in bits, 256 (AVX2) or 512 (AVX-512); 0 with the scalar kernels */
    public static int vectorBits() {
        return KernelSelection.vectorBits();
    }

    /**
     * @param spec   the network shape
     * @param config the engine configuration
     * @param seed   the initialisation seed
     * @return an engine on freshly initialised parameters ({@link NcfInitializer})
     */
    public static NcfEngine initialised(NetworkSpec spec, EngineConfig config, long seed) {
        return new NcfEngine(NcfInitializer.initialise(spec, seed), config);
    }

    /**
     * One training step: forward, backward and Adam on {@code (users[b], items[b], labels[b])},
     * b < n.
     *
     * @param users  user ids
     * @param items  item ids
     * @param labels 1 for a positive, 0 for a negative
     * @param n      batch size, {@code 1..maxBatch}
     * @return the batch's mean loss before the update
     */
    public double trainBatch(int[] users, int[] items, float[] labels, int n) {
        double loss = computeGradients(users, items, labels, n);
        applyGradients();
        return loss;
    }

    /**
     * Computes the batch's loss and gradients without updating anything (see
     * {@link #gradientSnapshot()} and {@link #applyGradients()}).
     *
     * @param users  user ids
     * @param items  item ids
     * @param labels 1 for a positive, 0 for a negative
     * @param n      batch size, {@code 1..maxBatch}
     * @return the batch's mean loss
     */
    public double computeGradients(int[] users, int[] items, float[] labels, int n) {
        checkBatch(n);
        indexRows(users, items, n);
        stepUsers = users;
        stepItems = items;
        stepLabels = labels;
        stepN = n;
        stepSlices = Math.min(workers.length, n);
        if (stepSlices == 1) {
            runSlice(0);
        } else {
            crew.run(stepSlices);
        }
        stepUsers = null;
        stepItems = null;
        stepLabels = null;
        // Fixed order, whatever order the workers finished in: the result does not depend on timing.
        double loss = workers[0].loss();
        for (int w = 1; w < stepSlices; w++) {
            loss += workers[w].loss();
            gradients.add(workers[w].gradients());
        }
        gradientsPending = true;
        return loss / n;
    }

    /** Numbers the batch's distinct rows of each trainable table once, for every worker. */
    private void indexRows(int[] users, int[] items, int n) {
        if (userTrainable) {
            userRows.index(users, n);
        } else {
            userRows.clear();
        }
        if (itemTrainable) {
            itemRows.index(items, n);
        } else {
            itemRows.clear();
        }
    }

    /** Piece {@code p} of the crew's current work: a slice of the batch, or a part of Adam. */
    private void runPiece(int p) {
        if (adamPhase) {
            updater.step(gradients, steps, p, workers.length);
        } else {
            runSlice(p);
        }
    }

    /** Worker {@code w}'s slice of the current step: samples {@code n w / S .. n (w + 1) / S)}. */
    private void runSlice(int w) {
        int from = stepN * w / stepSlices;
        int to = stepN * (w + 1) / stepSlices;
        workers[w].run(stepUsers, stepItems, stepLabels, from, to - from, stepN);
    }

    /** Applies one Adam step with the gradients of the last {@link #computeGradients} call. */
    public void applyGradients() {
        if (!gradientsPending) {
            throw new IllegalStateException("no gradients to apply");
        }
        steps++;
        int parts = updater.parts();
        if (crew == null || parts == 1) {
            updater.step(gradients, steps);
        } else {
            // Adam's elements are independent: the parts give bitwise the serial step's parameters.
            adamPhase = true;
            try {
                crew.run(parts);
            } finally {
                adamPhase = false;
            }
        }
        gradientsPending = false;
    }

    /**
     * @param users  user ids
     * @param items  item ids
     * @param labels labels
     * @param n      how many samples, any number (evaluated in chunks of maxBatch)
     * @return their mean loss under the current parameters, without training
     */
    public double loss(int[] users, int[] items, float[] labels, int n) {
        double sum = 0;
        for (int from = 0; from < n; from += config.maxBatch()) {
            int m = Math.min(config.maxBatch(), n - from);
            ForwardPass forward = workers[0].forward();
            forward.run(users, items, from, m);
            sum += BinaryCrossEntropy.sumLoss(forward.probabilities(), labels, from, m);
        }
        return n == 0 ? 0 : sum / n;
    }

    /**
     * Scores one user against {@code items}; see {@link NcfScorer#score(int, int[], float[])}.
     *
     * @param user  the user
     * @param items the items
     * @param out   receives the probabilities
     */
    public void score(int user, int[] items, float[] out) {
        scorer.score(user, items, out);
    }

    /**
     * Scores pairs; see {@link NcfScorer#score(int[], int[], int, float[])}.
     *
     * @param users the users
     * @param items the items
     * @param n     how many pairs
     * @param out   receives the probabilities
     */
    public void score(int[] users, int[] items, int n, float[] out) {
        scorer.score(users, items, n, out);
    }

    /** @return a new scorer over this engine's parameters, for another thread */
    public NcfScorer newScorer() {
        return new NcfScorer(params, config.maxBatch(), this::steps);
    }

    /**
     * The last computed gradients in the shape of the parameters (embedding rows outside the
     * batch and frozen layers are zero). Allocates tables-sized arrays: for tests and
     * diagnostics, not for the training loop.
     *
     * @return a copy of the gradients
     */
    public NcfParameters gradientSnapshot() {
        NcfParameters g = NcfParameters.zeros(params.spec());
        for (int k = 0; k < params.spec().denseCount(); k++) {
            System.arraycopy(gradients.weights[k], 0, g.weights(k), 0, g.weights(k).length);
            System.arraycopy(gradients.biases[k], 0, g.biases(k), 0, g.biases(k).length);
        }
        copyRows(gradients.users, g.embedding(LayerName.USER_EMBEDDING));
        copyRows(gradients.items, g.embedding(LayerName.ITEM_EMBEDDING));
        return g;
    }

    /** @return the parameters being trained (live) */
    public NcfParameters parameters() {
        return params;
    }

    /** @return the network shape */
    public NetworkSpec spec() {
        return params.spec();
    }

    /** @return the configuration */
    public EngineConfig config() {
        return config;
    }


    /** @return the number of Adam steps taken */
    public long steps() {
        return steps;
    }

    /** Stops the step threads, if any; the engine must not train afterwards. Idempotent. */
    @Override
    public void close() {
        if (crew != null) {
            crew.close();
        }
    }

    private void copyRows(SparseRowGradient source, float[] table) {
        int e = params.spec().embeddingSize();
        for (int s = 0; s < source.count(); s++) {
            System.arraycopy(source.values(), s * e, table, source.row(s) * e, e);
        }
    }

    private void checkBatch(int n) {
        if (n < 1 || n > config.maxBatch()) {
            throw new IllegalArgumentException("batch size " + n + " outside 1.." + config.maxBatch());
        }
    }
}
