package org.rectransfer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.jfree.chart.JFreeChart;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.model.LayerName;
import org.rectransfer.model.TransferMode;
import org.rectransfer.model.TransferPlan;
import org.rectransfer.report.CurveSeries;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.NeuronImportanceChart;
import org.rectransfer.report.chart.TrainingCurvesChart;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.report.export.FigureExporter;

/**
 * State and commands of the transfer lab: pick a source and a target domain, set each of
 * FC-1..FC-4 and OUT to fresh, frozen or tuned (or choose a preset of the paper's Table 1), and
 * run. {@link #run()} trains in a {@link Task} on the injected executor, never on the FX thread;
 * every property changes on the FX thread only. The curves are the same JFreeChart figure the
 * command line's {@code figure curves} draws, so what is shown is what {@link #exportCurves} writes.
 */
public final class TransferLabViewModel {
    /** The preset name shown when the layer modes match no preset. */
    public static final String CUSTOM = "custom";
    /** FC-1..FC-4 and OUT, the layers a plan sets. */
    public static final List<LayerName> LAYERS = List.of(LayerName.fc(1), LayerName.fc(2), LayerName.fc(3), LayerName.fc(4),
            LayerName.OUT);
    private static final int DEPTH = 4;

    private final Path workspaceDir;
    private final Executor executor;
    private final LabCache cache = new LabCache();
    private final ObservableList<Path> domains = FXCollections.observableArrayList();
    private final ObjectProperty<Path> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>(this, "target");
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", 10);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final StringProperty preset = new SimpleStringProperty(this, "preset", "config-6");
    private final Map<LayerName, ObjectProperty<TransferMode>> modes = new LinkedHashMap<>();
    private final ObservableList<LabPoint> points = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LabOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final TaskStatus taskStatus = new TaskStatus(this, "Pick a source and a target, then Run");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private Task<LabOutcome> running;
    private boolean applyingPreset;

    /**
     * @param domainFiles  the domain files to choose from (the first source-like and target-like
     *                     files are preselected)
     * @param workspaceDir where runs are recorded
     * @param executor     runs the training; must not be the FX thread
     */
    public TransferLabViewModel(List<Path> domainFiles, Path workspaceDir, Executor executor) {
        this.workspaceDir = workspaceDir;
        this.executor = executor;
        domains.setAll(domainFiles);
        for (LayerName layer : LAYERS) {
            ObjectProperty<TransferMode> mode = new SimpleObjectProperty<>(this, layer.id(), TransferMode.FRESH);
            mode.addListener((observable, before, after) -> {
                if (!applyingPreset) preset.set(matchingPreset());
            });
            modes.put(layer, mode);
        }
        preset.addListener((observable, before, after) -> applyPreset(after));
        applyPreset(preset.get());
        source.set(firstMatching(domainFiles, DomainRole.SOURCE));
        target.set(domainFiles.stream().filter(file -> !file.equals(source.get()))
                .filter(file -> DomainRole.of(DomainSource.nameOf(file)) == DomainRole.TARGET).findFirst()
                .orElse(domainFiles.stream().filter(file -> !file.equals(source.get())).findFirst().orElse(null)));
    }

    /**
     * The run command: trains the source (or reuses this session's), the baseline (likewise) and
     * the transfer. Call on the FX thread; while a run is going this returns it.
     *
     * @return the running task, for callers that want to wait for it
     */
    public Task<LabOutcome> run() {
        if (running != null) return running;
        String problem = problem();
        if (problem != null) {
            taskStatus.say(problem);
            return null;
        }
        LabRequest request = new LabRequest(source.get(), target.get(), epochs.get(), seed.get(), plan());
        points.clear();
        outcome.set(null);
        result.set("");
        Task<LabOutcome> task = new TransferLabTask(request, workspaceDir, cache, points::add);
        task.setOnSucceeded(event -> finish(task.getValue(), "Done: runs " + task.getValue().sourceRun() + ", "
                + task.getValue().baselineRun() + ", " + task.getValue().transferRun() + " in " + workspaceDir));
        task.setOnFailed(event -> finish(null, "Failed: " + TaskStatus.oneLine(task.getException())));
        task.setOnCancelled(event -> finish(null, "Cancelled"));
        running = task;
        if (!taskStatus.start(task, executor)) finish(null, "The workbench is shutting down");
        return task;
    }

    /** The cancel command: stops the run between batches; its unfinished run is recorded as failed. */
    public void cancel() {
        if (running != null) running.cancel();
    }

    /**
     * Writes the curves shown (loss and HR@10 per epoch of every model) as a PNG or SVG figure.
     *
     * @param file a {@code .png} or {@code .svg} path
     * @return what was written
     * @throws IOException if the file cannot be written
     */
    public ExportedFigure exportCurves(Path file) throws IOException {
        JFreeChart chart = curvesChart().orElseThrow(() -> new IllegalStateException("no epoch has finished yet"));
        return new FigureExporter().write(chart, file);
    }

    /**
     * Writes the neuron importance of the last run's source model (Fig. 2) as a PNG or SVG figure.
     *
     * @throws IOException if the file cannot be written
     */
    public ExportedFigure exportImportance(Path file) throws IOException {
        JFreeChart chart = importanceChart().orElseThrow(() -> new IllegalStateException("no run has finished yet"));
        return new FigureExporter().write(chart, file);
    }

    /** @return Fig. 2 for the last finished run's source model; empty before a run finishes */
    public Optional<JFreeChart> importanceChart() {
        LabOutcome done = outcome.get();
        if (done == null) return Optional.empty();
        String title = "Neuron importance, source " + (source.get() == null ? "" : DomainSource.nameOf(source.get()))
                + " (run " + done.sourceRun() + ")";
        return Optional.of(new NeuronImportanceChart(ChartTheme.print())
                .create(org.rectransfer.report.NeuronImportance.of(done.sourceImportance(), title)));
    }

    /** @return the curves figure for the points so far (rebuilt on each call); empty before the first epoch */
    public Optional<JFreeChart> curvesChart() {
        return curves().map(curves -> new TrainingCurvesChart(ChartTheme.print()).create(curves));
    }

    /** @return the loss and HR@10 series of every model that has epochs, in training order; empty before the first */
    public Optional<TrainingCurves> curves() {
        List<CurveSeries> loss = new ArrayList<>();
        List<CurveSeries> hr = new ArrayList<>();
        for (LabSeries series : LabSeries.values()) {
            List<EpochMetrics> epochsOf = points.stream().filter(p -> p.series() == series).map(LabPoint::metrics).toList();
            if (epochsOf.isEmpty()) continue;
            double[] x = epochsOf.stream().mapToDouble(EpochMetrics::epoch).toArray();
            loss.add(new CurveSeries(label(series), x, epochsOf.stream().mapToDouble(EpochMetrics::loss).toArray()));
            hr.add(new CurveSeries(label(series), x, epochsOf.stream().mapToDouble(EpochMetrics::hr).toArray()));
        }
        String title = "Transfer " + DomainSource.nameOf(source.get()) + " → " + DomainSource.nameOf(target.get())
                + " (" + describePlan() + ")";
        return loss.isEmpty() ? Optional.empty() : Optional.of(new TrainingCurves(title, "HR@10", loss, hr));
    }

    /** @return the plan the layer modes describe, named after the preset when they match one */
    public TransferPlan plan() {
        Map<LayerName, TransferMode> chosen = new LinkedHashMap<>();
        modes.forEach((layer, mode) -> chosen.put(layer, mode.get()));
        String name = matchingPreset();
        return new TransferPlan(name.equals(CUSTOM) ? "custom" : name, chosen);
    }

    private String describePlan() {
        String name = matchingPreset();
        return name.equals(CUSTOM) ? plan().describe() : name;
    }

    private String label(LabSeries series) {
        Path file = series == LabSeries.SOURCE ? source.get() : target.get();
        String domain = file == null ? "" : DomainSource.nameOf(file);
        return switch (series) {
            case SOURCE -> "source (" + domain + ")";
            case BASELINE -> "baseline (" + domain + ")";
            case TRANSFER -> "transfer (" + describePlan() + ")";
        };
    }

    private String problem() {
        if (source.get() == null || target.get() == null) return "Pick a source and a target domain";
        if (source.get().equals(target.get())) return "Pick a target other than the source";
        if (epochs.get() < 1) return "Epochs must be at least 1";
        return null;
    }

    private void finish(LabOutcome done, String message) {
        running = null;
        outcome.set(done);
        if (done != null) result.set(describe(done));
        taskStatus.finish(message, done == null ? 0 : 1);
    }

    private static String describe(LabOutcome done) {
        String text = String.format(Locale.ROOT, "HR@10: baseline %.4f, transfer %.4f. Gain %+.1f %%",
                done.baselineHr(), done.transferHr(), done.gainPercent());
        return done.collapsed() ? text + " (collapsed: the transfer scores every item alike)" : text;
    }

    private void applyPreset(String name) {
        if (name == null || name.equals(CUSTOM)) return;
        TransferPlan presetPlan = TransferPlan.preset(name, DEPTH);
        applyingPreset = true;
        try {
            modes.forEach((layer, mode) -> mode.set(presetPlan.mode(layer)));
        } finally {
            applyingPreset = false;
        }
    }

    private String matchingPreset() {
        for (String name : TransferPlan.PRESETS) {
            TransferPlan candidate = TransferPlan.preset(name, DEPTH);
            if (modes.entrySet().stream().allMatch(e -> candidate.mode(e.getKey()) == e.getValue().get())) return name;
        }
        return CUSTOM;
    }

    private static Path firstMatching(List<Path> files, DomainRole role) {
        return files.stream().filter(file -> DomainRole.of(DomainSource.nameOf(file)) == role).findFirst()
                .orElse(files.isEmpty() ? null : files.get(0));
    }

    /** @return the domain files to pick from */
    public ObservableList<Path> domains() { return domains; }
    public ObjectProperty<Path> sourceProperty() { return source; }
    public ObjectProperty<Path> targetProperty() { return target; }
    public IntegerProperty epochsProperty() { return epochs; }
    public IntegerProperty seedProperty() { return seed; }
    /** @return the preset name, or {@link #CUSTOM}; setting a preset sets every layer's mode */
    public StringProperty presetProperty() { return preset; }
    /** @return the mode of {@code layer} (one of {@link #LAYERS}) */
    public ObjectProperty<TransferMode> modeProperty(LayerName layer) { return modes.get(layer); }
    /** @return every finished epoch of the current run, in order */
    public ObservableList<LabPoint> points() { return points; }
    public ReadOnlyObjectProperty<LabOutcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return taskStatus.busy(); }
    public ReadOnlyDoubleProperty progressProperty() { return taskStatus.progress(); }
    public ReadOnlyStringProperty statusProperty() { return taskStatus.status(); }
    /** @return the result line: both HRs and the gain, once a run has finished */
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public Path workspaceDir() { return workspaceDir; }
}
