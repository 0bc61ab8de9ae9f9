package org.rectransfer.study;

import org.rectransfer.experiment.RunStatus;
import org.rectransfer.experiment.RunKind;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.rectransfer.analysis.ImportanceResult;
import org.rectransfer.analysis.NeuronImportance;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.experiment.DomainPreparation;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.experiment.ErasureSampling;
import org.rectransfer.experiment.ModelStart;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunListener;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.Checkpoints;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.model.TransferPlan;
import org.rectransfer.study.RunRecorder;
import org.rectransfer.store.StoredEpochs;
import org.rectransfer.store.StoreJson;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;

/**
 * One seed of a lab run, in three stages on worker threads: the source model and the target's
 * baseline (independent of each other), then the transfer, each recorded in the workspace like
 * the command line's runs. A source model or a baseline already trained with the same file bytes
 * and settings (seed included), in this session or an earlier one, is reused from the workspace
 * and its stored epochs are replayed, so that another plan trains only the transfer. Trains with the request's settings ({@link TrainingSettings#CONVERGED} by default).
 */
final class SeedPipeline {
    /** Sampled negatives per user among the erasure samples, as {@code analyze importance} defaults to. */
    private static final int IMPORTANCE_NEGATIVES = 4;

    /** What the pipeline tells the task it runs in; called on the worker thread. */
    interface Host {
        /** An epoch of {@code series} finished, or was replayed. */
        void publish(ModelRole series, long seed, EpochMetrics metrics);

        /** {@code series} of this seed is {@code fraction} (0..1) done. */
        void progress(long seed, ModelRole series, double fraction);

        /** What this seed is doing now, in a few words. */
        void stage(long seed, String text);

        /** @return true when every seed must stop (cancelled, or another seed failed) */
        boolean stopped();
    }

    private final TransferRequest request;
    private final TrainingSettings settings;
    private final Workspace store;
    private final StudyCache cache;
    private final Host host;

    SeedPipeline(TransferRequest request, long seed, Workspace store, StudyCache cache, Host host) {
        this.request = request;
        this.settings = request.settings().withSeed(seed);
        this.store = store;
        this.cache = cache;
        this.host = host;
    }

    /** The source model of this seed, trained or reused, with its neurons' importance. */
    record SourceStage(String run, NcfParameters params, ImportanceResult importance) { }

    /** The target's baseline of this seed, trained or reused, and the prepared target. */
    record BaselineStage(String run, PreparedDomain target) { }

    /** Trains (or reuses) the source model and measures its neurons' importance; independent of the baseline. */
    SourceStage source() {
        long seed = settings.seed();
        checkNotStopped();
        host.stage(seed, "reading " + request.source().getFileName());
        PreparedDomain source = prepare(request.source(), request.sourceReading());
        String sourceRun = trainOrReuse(ModelRole.SOURCE, request.source(), source);
        NcfParameters sourceParams = Checkpoints.load(store.resolve(finished(sourceRun).modelFile()));
        ImportanceResult importance = cache.importance(sourceRun);
        if (importance == null) {
            host.stage(seed, "neuron importance (erasure)");
            importance = NeuronImportance.compute(sourceParams, ErasureSampling.of(source, IMPORTANCE_NEGATIVES));
            cache.putImportance(sourceRun, importance);
        }
        return new SourceStage(sourceRun, sourceParams, importance);
    }

    /** Trains (or reuses) the target's baseline; independent of the source. */
    BaselineStage baseline() {
        checkNotStopped();
        host.stage(settings.seed(), "reading " + request.target().getFileName());
        PreparedDomain target = prepare(request.target(), request.targetReading());
        return new BaselineStage(trainOrReuse(ModelRole.BASELINE, request.target(), target), target);
    }

    /**
     * Trains the transfer from this seed's source model and compares it with this seed's baseline.
     *
     * @return the seed's three runs and the source model's neuron importance
     * @throws CancellationException when stopped before a run began; a run stopped while training
     *                               is recorded as failed and throws {@link RunRecorder.CancelledRunException}
     */
    SeedTransfer transfer(SourceStage source, BaselineStage baseline) {
        long seed = settings.seed();
        checkNotStopped();
        PreparedDomain target = baseline.target();
        TransferPlan plan = request.plan();
        ModelStart start = ModelStart.transfer(plan, source.params(), target, settings, request.tuneLr());
        String planName = plan.recordedName();
        host.stage(seed, "transfer");
        RunRecorder.Recorded transfer = RunRecorder.record(store, request.target().toString(), target, settings,
                new RunRecorder.Kind(RunKind.TRANSFER, source.run(), planName), start, commandLine(planName),
                listener(ModelRole.TRANSFER), host::stopped);
        host.progress(seed, ModelRole.TRANSFER, 1);
        host.stage(seed, "done");
        return new SeedTransfer(seed, source.run(), baseline.run(), transfer.id(), finished(baseline.run()).hr(),
                transfer.result().test().hr(), transfer.result().test().collapsed(), source.importance());
    }

    private void checkNotStopped() {
        if (host.stopped()) throw new CancellationException("seed " + settings.seed() + " stopped");
    }

    private PreparedDomain prepare(Path file, DomainReading reading) {
        return DomainPreparation.prepare(DomainSource.parse(file.toString()), reading.read(), reading.filter(), settings);
    }

    /**
     * Trains a fresh model (source or baseline), or replays one already trained: in this session, or
     * earlier in the workspace from the same file bytes, settings and seed (so sources are trained once and kept).
     */
    private String trainOrReuse(ModelRole series, Path file, PreparedDomain domain) {
        String key = series + "|" + file.toAbsolutePath().normalize() + "|" + domain.read() + "|" + domain.filter() + "|" + settings;
        String cached = cache.run(key);
        if (cached == null || store.run(cached).filter(run -> run.status() == RunStatus.DONE).isEmpty()) {
            cached = store.finishedModel(domain.dataHash(), StoreJson.write(domain.settings(settings)))
                    .map(StoredRun::id).orElse(null);
        }
        if (cached != null) {
            host.stage(settings.seed(), "reusing the " + series.label() + " " + cached);
            for (EpochMetrics metrics : StoredEpochs.of(store, cached)) host.publish(series, settings.seed(), metrics);
            host.progress(settings.seed(), series, 1);
            cache.putRun(key, cached);
            return cached;
        }
        host.stage(settings.seed(), series.label());
        RunRecorder.Recorded run = RunRecorder.record(store, file.toString(), domain, settings, RunRecorder.Kind.BASELINE,
                ModelStart.fresh(spec(domain), settings.seed(), settings.lr()), commandLine(series.label()),
                listener(series), host::stopped);
        host.progress(settings.seed(), series, 1);
        cache.putRun(key, run.id());
        return run.id();
    }

    private NetworkSpec spec(PreparedDomain domain) {
        return new NetworkSpec(domain.data().users(), domain.data().items(), settings.embedding(), settings.layers());
    }

    private StoredRun finished(String id) {
        return store.run(id).orElseThrow(() -> new IllegalStateException("run " + id + " is not in the workspace"));
    }

    private RunListener listener(ModelRole series) {
        long seed = settings.seed();
        return new RunListener() {
            @Override
            public void onProgress(int epoch, long samplesDone, long samplesTotal, double samplesPerSecond) {
                double within = samplesTotal > 0 ? (double) samplesDone / samplesTotal : 0;
                host.progress(seed, series, (epoch + within) / settings.epochs());
            }

            @Override
            public void onEpoch(EpochMetrics metrics) {
                host.publish(series, seed, metrics);
                host.stage(seed, String.format(java.util.Locale.ROOT, "%s epoch %d/%d, %.0fk samples/s", series.label(),
                        metrics.epoch(), settings.epochs(), metrics.samplesPerSecond() / 1000));
            }
        };
    }

    private List<String> commandLine(String what) {
        return List.of("workbench", "transfer-lab", what, "--source", request.source().toString(), "--target",
                request.target().toString(), "--plan", request.plan().describe(), "--epochs", String.valueOf(settings.epochs()),
                "--seed", String.valueOf(settings.seed()));
    }
}
