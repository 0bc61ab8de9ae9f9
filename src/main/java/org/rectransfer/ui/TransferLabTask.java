package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.rectransfer.analysis.ImportanceResult;
import org.rectransfer.analysis.NeuronImportance;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.experiment.DomainPreparation;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.experiment.ErasureSampling;
import org.rectransfer.experiment.ModelStart;
import org.rectransfer.experiment.PreparedDomain;
import org.rectransfer.experiment.RunListener;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.model.AdamSettings;
import org.rectransfer.model.Checkpoints;
import org.rectransfer.model.NcfParameters;
import org.rectransfer.model.NetworkSpec;
import org.rectransfer.model.TransferPlan;
import org.rectransfer.store.RunRecorder;
import org.rectransfer.store.StoredEpochs;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;

/**
 * Background work of the transfer lab: trains the source model, the target's baseline and the
 * transfer, each recorded in the workspace like the command line's runs. A source model or a
 * baseline already trained in this session with the same file, seed and epochs is reused from
 * the workspace (its stored epochs are replayed), so that trying another plan only trains the
 * transfer. Each finished epoch is handed to the FX thread; nothing here touches the scene.
 */
final class TransferLabTask extends Task<LabOutcome> {
    /** Sampled negatives per user among the erasure samples, as {@code analyze importance} defaults to. */
    private static final int IMPORTANCE_NEGATIVES = 4;

    private final LabRequest request;
    private final Path workspaceDir;
    private final LabCache cache;
    private final Consumer<LabPoint> onEpoch;
    private final TrainingSettings settings;

    /**
     * @param cache       what this session already trained and measured
     * @param onEpoch     receives every finished epoch on the FX thread
     */
    TransferLabTask(LabRequest request, Path workspaceDir, LabCache cache, Consumer<LabPoint> onEpoch) {
        this.request = request;
        this.workspaceDir = workspaceDir;
        this.cache = cache;
        this.onEpoch = onEpoch;
        this.settings = TrainingSettings.CONVERGED.withSeed(request.seed()).withEpochs(request.epochs());
    }

    @Override
    protected LabOutcome call() {
        try (Workspace store = Workspace.open(workspaceDir)) {
            updateMessage("Reading " + request.source().getFileName());
            PreparedDomain source = prepare(request.source());
            String sourceRun = trainOrReuse(store, LabSeries.SOURCE, request.source(), source);
            NcfParameters sourceParams = Checkpoints.load(store.resolve(finished(store, sourceRun).modelFile()));
            ImportanceResult importance = cache.importance(sourceRun);
            if (importance == null) {
                updateMessage("Measuring the importance of the source model's neurons (erasure)");
                importance = NeuronImportance.compute(sourceParams, ErasureSampling.of(source, IMPORTANCE_NEGATIVES));
                cache.putImportance(sourceRun, importance);
            }

            updateMessage("Reading " + request.target().getFileName());
            PreparedDomain target = prepare(request.target());
            String baselineRun = trainOrReuse(store, LabSeries.BASELINE, request.target(), target);

            TransferPlan plan = request.plan();
            NetworkSpec targetSpec = spec(target);
            ModelStart start = new ModelStart(plan.initialise(sourceParams, targetSpec, settings.seed()),
                    plan.trainingPlan(AdamSettings.DEFAULT.withLearningRate(settings.lr()), settings.lr()));
            String planName = plan.name().equals("custom") ? plan.describe() : plan.name();
            updateMessage("Training the transfer (" + planName + ") on " + target.data().name());
            RunRecorder.Recorded transfer = RunRecorder.record(store, request.target().toString(), target, settings,
                    new RunRecorder.Kind("transfer", sourceRun, planName), start, commandLine(planName),
                    listener(LabSeries.TRANSFER), this::isCancelled);
            double baselineHr = finished(store, baselineRun).hr();
            updateProgress(1, 1);
            updateMessage("Done");
            return new LabOutcome(sourceRun, baselineRun, transfer.id(), baselineHr, transfer.result().test().hr(),
                    transfer.result().test().collapsed(), importance);
        }
    }

    private PreparedDomain prepare(Path file) {
        return DomainPreparation.prepare(DomainSource.parse(file.toString()), ReadOptions.DEFAULT, FilterSpec.DEFAULT, settings);
    }

    /** Trains a fresh model (source or baseline), or replays the one this session already trained. */
    private String trainOrReuse(Workspace store, LabSeries series, Path file, PreparedDomain domain) {
        String key = series + "|" + file.toAbsolutePath().normalize() + "|" + settings.seed() + "|" + settings.epochs();
        String cached = cache.run(key);
        if (cached != null && store.run(cached).filter(run -> "done".equals(run.status())).isPresent()) {
            updateMessage("Reusing the " + series.label() + " model " + cached);
            for (EpochMetrics metrics : StoredEpochs.of(store, cached)) publish(series, metrics);
            return cached;
        }
        updateMessage("Training the " + series.label() + " model on " + domain.data().name());
        RunRecorder.Recorded run = RunRecorder.record(store, file.toString(), domain, settings, RunRecorder.Kind.BASELINE,
                ModelStart.fresh(spec(domain), settings.seed(), settings.lr()), commandLine(series.label()),
                listener(series), this::isCancelled);
        cache.putRun(key, run.id());
        return run.id();
    }

    private NetworkSpec spec(PreparedDomain domain) {
        return new NetworkSpec(domain.data().users(), domain.data().items(), settings.embedding(), settings.layers());
    }

    private static StoredRun finished(Workspace store, String id) {
        return store.run(id).orElseThrow(() -> new IllegalStateException("run " + id + " is not in the workspace"));
    }

    private RunListener listener(LabSeries series) {
        int done = series.ordinal() * settings.epochs();
        long total = 3L * settings.epochs();
        return new RunListener() {
            @Override
            public void onProgress(int epoch, long samplesDone, long samplesTotal, double samplesPerSecond) {
                double within = samplesTotal > 0 ? (double) samplesDone / samplesTotal : 0;
                updateProgress(done + epoch + within, total);
            }

            @Override
            public void onEpoch(EpochMetrics metrics) {
                publish(series, metrics);
            }
        };
    }

    private void publish(LabSeries series, EpochMetrics metrics) {
        LabPoint point = new LabPoint(series, metrics);
        Platform.runLater(() -> onEpoch.accept(point));
    }

    private List<String> commandLine(String what) {
        return List.of("workbench", "transfer-lab", what, "--source", request.source().toString(), "--target",
                request.target().toString(), "--plan", request.plan().describe(), "--epochs", String.valueOf(settings.epochs()),
                "--seed", String.valueOf(settings.seed()));
    }
}
