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
 * final sampled (and optionally full-ranking) evaluation. Training runs on the calling thread;
 * evaluation splits users over {@code threads} scorers, which does not change any number.
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
        EngineConfig config = new EngineConfig(start.plan(), settings.optimizer(), settings.batch());
        NcfEngine engine = new NcfEngine(start.params(), config);
        Supplier<ItemScorer> scorers = () -> engine.newScorer()::score;
        NegativeSampler sampler = new NegativeSampler(trainSplit, settings.negatives(), settings.seed());
        EpochTrainer trainer = new EpochTrainer(engine, settings.batch());
        EarlyStopping stopping = settings.patience() > 0 ? new EarlyStopping(settings.patience(), settings.minEpochs()) : null;
        NcfParameters best = null;
        List<EpochMetrics> epochs = new ArrayList<>();
        long trainedSamples = 0;
        double trainingSeconds = 0;
        listener.onPrepared(domain);
        for (int epoch = 0; epoch < settings.epochs() && !cancelled.getAsBoolean(); epoch++) {
            long epochStart = System.nanoTime();
            TrainingSamples samples = sampler.epoch(epoch);
            double loss = trainer.run(epoch, samples, listener, cancelled);
            double seconds = (System.nanoTime() - epochStart) / 1e9;
            trainedSamples += samples.size();
            trainingSeconds += seconds;
            boolean last = epoch == settings.epochs() - 1;
            double hr = Double.NaN;
            double ndcg = Double.NaN;
            if (settings.evalEvery() > 0 && ((epoch + 1) % settings.evalEvery() == 0 || last)) {
                EvalResult result = SampledEvaluation.evaluate(test, domain.candidates(), scorers, settings.k(), settings.threads());
                hr = result.hr();
                ndcg = result.metric(Ndcg.NAME);
            }
            double validationHr = Double.NaN;
            boolean stop = false;
            if (stopping != null) {
                validationHr = SampledEvaluation.evaluate(trainSplit, validationCandidates, scorers, settings.k(), settings.threads()).hr();
                if (validationHr > stopping.best()) best = start.params().copy();
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
        EvalResult sampled = SampledEvaluation.evaluate(test, domain.candidates(), finalScorers, settings.k(), settings.threads());
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
