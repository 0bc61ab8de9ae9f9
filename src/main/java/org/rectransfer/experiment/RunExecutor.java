package org.rectransfer.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.rectransfer.data.split.EvalCandidates;
import org.rectransfer.data.split.LeaveOneOut;
import org.rectransfer.data.split.NegativeSampler;
import org.rectransfer.data.split.Split;
import org.rectransfer.data.split.TrainingSamples;
import org.rectransfer.eval.EvalResult;
import org.rectransfer.eval.FullRankingEvaluation;
import org.rectransfer.eval.Ndcg;
import org.rectransfer.eval.SampledEvaluation;
import org.rectransfer.model.ItemScorer;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.train.EarlyStopping;
import org.rectransfer.train.EngineConfig;
import org.rectransfer.train.EpochTrainer;
import org.rectransfer.train.NcfEngine;
import org.rectransfer.train.NcfScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one model on a prepared domain and evaluates it: the epoch loop with negative
 * re-sampling, periodic evaluation, optional early stopping on a validation hold-out, and the
 * final sampled (and optionally full-ranking) evaluation. Training steps run on
 * {@code settings.threads()} threads by default ({@link NcfEngine} §Threads: the same seed and
 * thread count give bitwise the same run, another thread count differs in the last bits);
 * callers that already run one model per core (sweeps) ask for one training thread with
 * {@link #execute(PreparedDomain, TrainingSettings, ModelStart, RunListener, BooleanSupplier, int)}.
 * Evaluation splits users over {@code threads} scorers, which does not change any number.
 *
 * <p>With early stopping, a second item per user is held out of the training data for
 * validation; its candidates are drawn from items the user never touched, so neither the test
 * nor the validation item is ever a training negative or a validation candidate.
 */
public final class RunExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(RunExecutor.class);
    private static final long VALIDATION_PURPOSE = 0x7a11dL;

    private RunExecutor() { }

    /**
     * @param domain    the prepared domain
     * @param settings  training and evaluation settings
     * @param start     initial parameters and per-layer plan
     * @param listener  told about progress and epochs (on this thread)
     * @param cancelled polled between batches; a cancelled run returns what it has
     */
    public static RunResult execute(PreparedDomain domain, TrainingSettings settings, ModelStart start,
                                    RunListener listener, BooleanSupplier cancelled) {
        return execute(domain, settings, start, listener, cancelled, settings.threads());
    }

    /**
     * {@link #execute(PreparedDomain, TrainingSettings, ModelStart, RunListener, BooleanSupplier)}
     * with the training steps on {@code trainingThreads} threads, whatever {@code settings.threads()}
     * says (which still sets the evaluation's threads).
     *
     * @param trainingThreads threads per training step, {@code >= 1}
     */
    public static RunResult execute(PreparedDomain domain, TrainingSettings settings, ModelStart start,
                                    RunListener listener, BooleanSupplier cancelled, int trainingThreads) {
        EngineConfig config = new EngineConfig(start.plan(), settings.optimizer(), settings.batch(), trainingThreads);
        try (NcfEngine engine = new NcfEngine(start.params(), config)) {
            return train(domain, settings, start, engine, listener, cancelled);
        }
    }

    private static RunResult train(PreparedDomain domain, TrainingSettings settings, ModelStart start, NcfEngine engine,
                                   RunListener listener, BooleanSupplier cancelled) {
        long begin = System.nanoTime();
        LOG.debug("run starts on {} ({} users, {} items): seed {}, at most {} epochs, early stopping patience {}",
                domain.data().name(), domain.data().users(), domain.data().items(), settings.seed(), settings.epochs(),
                settings.patience());
        Split test = domain.split();
        Split trainSplit = test;
        EvalCandidates validationCandidates = null;
        if (settings.patience() > 0) {
            Split inner = LeaveOneOut.split(test.train(), settings.holdOut(), settings.effectiveSplitSeed() ^ VALIDATION_PURPOSE);
            trainSplit = new Split(test.full(), inner.train(), inner.testItem(), inner.skippedUsers());
            validationCandidates = EvalCandidates.sample(trainSplit, settings.evalNegatives(), settings.effectiveSplitSeed() ^ VALIDATION_PURPOSE);
        }
        Supplier<ItemScorer> scorers = () -> engine.newScorer()::score;
        NegativeSampler sampler = new NegativeSampler(trainSplit, settings.negatives(), settings.seed());
        EpochTrainer trainer = new EpochTrainer(engine, settings.batch());
        EarlyStopping stopping = settings.patience() > 0 ? new EarlyStopping(settings.patience(), settings.minEpochs()) : null;
        NcfParameters best = null;
        List<EpochMetrics> epochs = new ArrayList<>();
        long trainedSamples = 0;
        double trainingSeconds = 0;
        // The test result of the parameters as they are now (null once a batch has changed them), and of `best`:
        // the final evaluation ranks the same items with the same parameters, so it reuses them instead of
        // ranking the test items a second time (it did, for the last epoch of every run evaluated every epoch).
        EvalResult liveTest = null;
        EvalResult bestTest = null;
        listener.onPrepared(domain);
        for (int epoch = 0; epoch < settings.epochs() && !cancelled.getAsBoolean(); epoch++) {
            long epochStart = System.nanoTime();
            TrainingSamples samples = sampler.epoch(epoch);
            double loss = trainer.run(epoch, samples, listener, cancelled);
            liveTest = null;
            double seconds = (System.nanoTime() - epochStart) / 1e9;
            trainedSamples += samples.size();
            trainingSeconds += seconds;
            boolean last = epoch == settings.epochs() - 1;
            double hr = Double.NaN;
            double ndcg = Double.NaN;
            if (settings.evalEvery() > 0 && ((epoch + 1) % settings.evalEvery() == 0 || last)) {
                liveTest = SampledEvaluation.evaluate(test, domain.candidates(), scorers, settings.k(), settings.threads());
                hr = liveTest.hr();
                ndcg = liveTest.metric(Ndcg.NAME);
            }
            double validationHr = Double.NaN;
            boolean stop = false;
            if (stopping != null) {
                validationHr = SampledEvaluation.evaluate(trainSplit, validationCandidates, scorers, settings.k(), settings.threads()).hr();
                if (validationHr > stopping.best()) {
                    best = start.params().copy();
                    bestTest = liveTest;
                }
                stop = stopping.update(epoch + 1, validationHr);
            }
            EpochMetrics metrics = new EpochMetrics(epoch + 1, loss, hr, ndcg, validationHr,
                    (System.nanoTime() - epochStart) / 1e9, samples.size() / seconds);
            epochs.add(metrics);
            listener.onEpoch(metrics);
            if (stop) break;
        }
        NcfParameters kept = best != null ? best : start.params();
        Supplier<ItemScorer> finalScorers = () -> new NcfScorer(kept, settings.batch())::score;
        EvalResult evaluated = best != null ? bestTest : liveTest;
        EvalResult sampled = evaluated != null ? evaluated
                : SampledEvaluation.evaluate(test, domain.candidates(), finalScorers, settings.k(), settings.threads());
        EvalResult full = settings.fullRanking()
                ? FullRankingEvaluation.evaluate(test, finalScorers.get(), settings.k()) : null;
        int bestEpoch = stopping != null && stopping.bestEpoch() > 0 ? stopping.bestEpoch() : epochs.size();
        RunResult result = new RunResult(sampled, full, epochs, bestEpoch,
                trainingSeconds > 0 ? trainedSamples / trainingSeconds : 0, (System.nanoTime() - begin) / 1e9, kept);
        if (LOG.isDebugEnabled()) {
            LOG.debug("run ends on {} (seed {}){}: {} epochs trained, best epoch {}, HR@{} {}, {} s", domain.data().name(),
                    settings.seed(), cancelled.getAsBoolean() ? ", cancelled" : "", epochs.size(), bestEpoch, sampled.k(),
                    String.format(java.util.Locale.ROOT, "%.4f", sampled.hr()), String.format(java.util.Locale.ROOT, "%.1f", result.seconds()));
        }
        return result;
    }
}
