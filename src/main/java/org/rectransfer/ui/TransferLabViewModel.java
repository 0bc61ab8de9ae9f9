package org.rectransfer.ui;

import org.rectransfer.study.DomainReading;
import org.rectransfer.study.TransferRequest;
import org.rectransfer.study.TransferOutcome;
import org.rectransfer.study.ModelRole;
import org.rectransfer.study.StudyCache;
import org.rectransfer.study.SeedTransfer;
import org.rectransfer.study.SeedSummary;
import org.rectransfer.study.MeanImportance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
import org.rectransfer.model.LayerName;
import org.rectransfer.model.TransferMode;
import org.rectransfer.model.TransferPlan;
import org.rectransfer.report.CurveBands;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.NeuronImportanceChart;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.report.export.FigureExporter;
import org.rectransfer.experiment.TrainingSettings;

/**
 * State and commands of the transfer lab: pick a source and a target domain, set each of
 * FC-1..FC-4 and OUT to fresh, frozen or tuned (or choose a preset of the paper's Table 1), choose
 * how many seeds, and run. {@link #run()} trains in a {@link Task} on the injected executor (the
 * seeds in parallel inside it), never on the FX thread; every property changes on the FX thread
 * only. The result is the gain over seeds with its spread and the paired t-test ({@link SeedSummary});
 * the curves are the mean over seeds with a min..max band, drawn by the same JFreeChart figure as
 * the command line's {@code figure curves}, so what is shown is what {@link #exportCurves} writes.
 */
public final class TransferLabViewModel {
    /** The preset name shown when the layer modes match no preset. */
    public static final String CUSTOM = "custom";
    /** FC-1..FC-4 and OUT, the layers a plan sets. */
    public static final List<LayerName> LAYERS = List.of(LayerName.fc(1), LayerName.fc(2), LayerName.fc(3), LayerName.fc(4),
            LayerName.OUT);
    /** Seeds of a run unless the user chooses otherwise: the fewest for which the paired t-test has two degrees of freedom. */
    public static final int DEFAULT_SEEDS = 3;
    private static final int DEPTH = 4;

    private final Path workspaceDir;
    private final Executor executor;
    private final StudyCache cache = new StudyCache();
    private final ObservableList<Path> domains = FXCollections.observableArrayList();
    private final javafx.collections.ObservableMap<Path, DomainReading> readings = FXCollections.observableHashMap();
    private final ObjectProperty<Path> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>(this, "target");
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", TrainingSettings.CONVERGED.epochs());
    private final IntegerProperty seeds = new SimpleIntegerProperty(this, "seeds", DEFAULT_SEEDS);
    private final LabHyperparameters hyperparameters = new LabHyperparameters(this);
    private final javafx.beans.property.BooleanProperty presentation = new javafx.beans.property.SimpleBooleanProperty(this, "presentation");
    private final StringProperty preset = new SimpleStringProperty(this, "preset", "config-6");
    private final Map<LayerName, ObjectProperty<TransferMode>> modes = new LinkedHashMap<>();
    private final ObservableList<LabPoint> points = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TransferOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final TaskStatus taskStatus = new TaskStatus(this, "Pick a source and a target, then Run");
    private final ReadOnlyStringWrapper gain = new ReadOnlyStringWrapper(this, "gain", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyIntegerWrapper direction = new ReadOnlyIntegerWrapper(this, "direction", 0);
    private final ReadOnlyStringWrapper choiceProblem = new ReadOnlyStringWrapper(this, "choiceProblem", "");
    private Task<TransferOutcome> running;
    private int runSeeds = DEFAULT_SEEDS;
    /** Whether the run shown stops early: its curves show validation HR, else the test items' HR of every epoch. */
    private boolean runEarlyStopping = true;
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
        // Another pair of domains makes the shown curves and gain those of an old choice: clear them.
        source.addListener((o, before, after) -> clearStaleResults());
        target.addListener((o, before, after) -> clearStaleResults());
        List<javafx.beans.Observable> choices = new ArrayList<>(List.of(source, target, epochs, seeds));
        choices.addAll(hyperparameters.properties());
        for (javafx.beans.Observable choice : choices) {
            choice.addListener(observable -> choiceProblem.set(Objects.requireNonNullElse(problem(), "")));
        }
        choiceProblem.set(Objects.requireNonNullElse(problem(), ""));
    }

    /** @return why the current choice cannot run ("Pick a target other than the source"), empty when it can */
    public ReadOnlyStringProperty choiceProblemProperty() { return choiceProblem.getReadOnlyProperty(); }

    private void clearStaleResults() {
        if (running != null) return;  // the choices are locked while running; nothing to clear
        points.clear();
        outcome.set(null);
        showSummary(null);
    }

    /**
     * The run command: for every seed trains the source (or reuses one the workspace holds), the baseline
     * (likewise) and the transfer. Call on the FX thread; while a run is going this returns it.
     *
     * @return the running task, for callers that want to wait for it
     */
    public Task<TransferOutcome> run() {
        if (running != null) return running;
        String problem = problem();
        if (problem != null) {
            taskStatus.say(problem);
            return null;
        }
        TrainingSettings settings = hyperparameters.settings(epochs.get());
        TransferRequest request = new TransferRequest(source.get(), target.get(), settings, hyperparameters.tuneLr(settings),
                seeds.get(), plan()).reading(readingOf(source.get()), readingOf(target.get()));
        runSeeds = request.seeds();
        runEarlyStopping = settings.earlyStopping();
        // Progress counts the most epochs; early stopping usually ends each model well before them.
        taskStatus.estimateIsUpperBound(runEarlyStopping);
        points.clear();
        outcome.set(null);
        showSummary(null);
        // Epochs arrive through Platform.runLater: one of a cancelled run can come after the next run
        // has cleared the curves, so only the current task's epochs are drawn.
        java.util.concurrent.atomic.AtomicReference<TransferLabTask> self = new java.util.concurrent.atomic.AtomicReference<>();
        TransferLabTask task = new TransferLabTask(request, workspaceDir, cache, point -> {
            if (running != null && running == self.get()) points.add(point);
        });
        self.set(task);
        task.setOnSucceeded(event -> finish(task.getValue(), "Done: " + describeSeeds(request.seeds()) + ", "
                + task.getValue().runIds().stream().distinct().count() + " runs in " + workspaceDir));
        task.setOnFailed(event -> {
            finish(null, "Failed: " + TaskStatus.oneLine(task.getException()));
            taskStatus.notify(Notice.error(taskStatus.status().get()));
        });
        // The seeds stop between batches: the screen stays busy until every one has.
        task.setOnCancelled(event -> {
            if (task.abandonIfNotStarted() || task.hasStopped()) finish(null, "Cancelled");
        });
        task.whenStopped(() -> {
            if (task.isCancelled() && running == task) finish(null, "Cancelled");
        });
        running = task;
        if (!taskStatus.start(task, executor)) finish(null, "The workbench is shutting down");
        return task;
    }

    /**
     * Shows a recorded transfer's choice (the Runs screen's "Open in lab"): its source and target
     * files, added to the files to pick from when not listed, and its plan, a preset's name or
     * layer modes ({@code FC1=fresh,...,OUT=frozen}). Call on the FX thread.
     *
     * @return why it cannot be shown (a run is going, a plan of another depth), empty when shown
     */
    public Optional<String> show(Path sourceFile, Path targetFile, String planName) {
        if (running != null) return Optional.of("The lab is running: cancel it or wait for it before opening another run");
        TransferPlan shown;
        try {
            shown = TransferPlan.PRESETS.contains(planName) ? TransferPlan.preset(planName, DEPTH) : TransferPlan.parse(planName, DEPTH);
        } catch (IllegalArgumentException e) {
            return Optional.of("The lab cannot show the plan " + planName + ": " + e.getMessage());
        }
        source.set(listed(sourceFile));
        target.set(listed(targetFile));
        applyingPreset = true;
        try {
            modes.forEach((layer, mode) -> mode.set(shown.mode(layer)));
        } finally {
            applyingPreset = false;
        }
        preset.set(matchingPreset());
        return Optional.empty();
    }

    /** @return the listed file that is {@code file}, which is added to the list when none is */
    private Path listed(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return domains.stream().filter(listed -> listed.toAbsolutePath().normalize().equals(absolute)).findFirst().orElseGet(() -> {
            domains.add(file);
            return file;
        });
    }

    /** @return "seed 1" or "seeds 1–3": the seeds a run of {@code count} seeds trains */
    public static String describeSeeds(int count) {
        return count == 1 ? "seed 1" : "seeds 1–" + count;
    }

    /** The cancel command: stops every seed between batches; their unfinished runs are recorded as failed. */
    public void cancel() {
        if (running != null) running.cancel();
    }

    /**
     * Writes the curves shown (loss and validation HR@10 per epoch of every model) as a PNG or SVG figure.
     *
     * @param file a {@code .png} or {@code .svg} path
     * @return what was written
     * @throws IOException if the file cannot be written
     */
    public ExportedFigure exportCurves(Path file) throws IOException {
        JFreeChart chart = curvesChart(ChartTheme.print()).orElseThrow(() -> new IllegalStateException("no epoch has finished yet"));
        return new FigureExporter().write(chart, file);
    }

    /**
     * Writes the neuron importance of the last run's source model (Fig. 2) as a PNG or SVG figure.
     *
     * @throws IOException if the file cannot be written
     */
    public ExportedFigure exportImportance(Path file) throws IOException {
        JFreeChart chart = importanceChart(ChartTheme.print()).orElseThrow(() -> new IllegalStateException("no run has finished yet"));
        return new FigureExporter().write(chart, file);
    }

    /** @return Fig. 2 for the last finished run: each neuron's importance averaged over the seeds' source models; empty before a run finishes */
    public Optional<JFreeChart> importanceChart() {
        return importanceChart(screenTheme());
    }

    private Optional<JFreeChart> importanceChart(ChartTheme theme) {
        return importanceData().map(data -> new NeuronImportanceChart(theme).create(data));
    }

    /** @return the numbers of {@link #importanceChart()}; empty before a run finishes */
    public Optional<org.rectransfer.report.NeuronImportance> importanceData() {
        TransferOutcome done = outcome.get();
        if (done == null) return Optional.empty();
        int count = done.seeds().size();
        String title = "Neuron importance, source " + (source.get() == null ? "" : DomainSource.nameOf(source.get()))
                + (count == 1 ? " (run " + done.seeds().get(0).sourceRun() + ")" : " (mean over the " + count + " seeds' models)");
        return Optional.of(MeanImportance.of(done.seeds().stream().map(SeedTransfer::sourceImportance).toList(), title));
    }

    /**
     * Writes the curves, or the neuron importance, as the user chose, and says so in the status line.
     *
     * @return what was written, in one line
     * @throws IOException if a file cannot be written
     */
    public String export(ExportChoice choice, boolean importance) throws IOException {
        String message = importance
                ? FigureExport.write(importanceChart(ChartTheme.print()).orElseThrow(() -> new IllegalStateException("no run has finished yet")),
                        importanceData().orElseThrow(), choice)
                : FigureExport.write(curvesChart(ChartTheme.print()).orElseThrow(() -> new IllegalStateException("no epoch has finished yet")),
                        curves().orElseThrow(), choice);
        taskStatus.say(message);
        taskStatus.notify(Notice.wrote(message, choice.file()));
        return message;
    }

    /** @return a file name (no extension) that says what the figure shows, e.g. {@code curves-Book-to-Art-config-6-3-seeds} */
    public String suggestedFileName(boolean importance) {
        String from = source.get() == null ? null : DomainSource.nameOf(source.get());
        String to = target.get() == null ? null : "to-" + DomainSource.nameOf(target.get());
        String plan = matchingPreset().equals(CUSTOM) ? "custom" : matchingPreset();
        return importance ? FigureExport.fileName("importance", from, runSeeds + "-seeds")
                : FigureExport.fileName("curves", from, to, plan, runSeeds + "-seeds");
    }

    /** @return the curves figure for the points so far, with the bands over seeds (rebuilt on each call); empty before the first epoch */
    public Optional<JFreeChart> curvesChart() {
        return labCurves().chart(screenTheme());
    }

    private Optional<JFreeChart> curvesChart(ChartTheme theme) {
        return labCurves().chart(theme);
    }

    /** @return the theme of the charts shown: {@link ChartTheme#screen()}, half as large again in presentation mode */
    private ChartTheme screenTheme() {
        return presentation.get() ? ChartTheme.screen().scaled(1.5) : ChartTheme.screen();
    }

    /** @return the loss and validation HR@10 of every model that has epochs, each the mean over seeds per epoch, in training order; empty before the first */
    public Optional<TrainingCurves> curves() {
        return labCurves().curves();
    }

    /** @return the min..max band over seeds of every curve of {@link #curves()}; empty with one seed or before the first epoch */
    public Optional<CurveBands> bands() {
        return labCurves().bands();
    }

    private LabCurves labCurves() {
        String title = "Transfer " + DomainSource.nameOf(source.get()) + " → " + DomainSource.nameOf(target.get())
                + " (" + describePlan() + ")";
        return new LabCurves(List.copyOf(points), this::label, title, runSeeds, runEarlyStopping);
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

    private String label(ModelRole series) {
        Path file = series == ModelRole.SOURCE ? source.get() : target.get();
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
        if (seeds.get() < 1 || seeds.get() > TransferRequest.MAX_SEEDS) return "Seeds must be 1 to " + TransferRequest.MAX_SEEDS;
        return hyperparameters.problem(epochs.get());
    }

    private DomainReading readingOf(Path file) {
        return readings.getOrDefault(DomainList.key(file), DomainReading.DEFAULT);
    }

    private void finish(TransferOutcome done, String message) {
        running = null;
        outcome.set(done);
        showSummary(done == null ? null : done.summary());
        taskStatus.finish(message, done == null ? 0 : 1);
    }

    private void showSummary(SeedSummary summary) {
        gain.set(summary == null ? "" : summary.gainText());
        verdict.set(summary == null ? "" : summary.verdict());
        details.set(summary == null ? "" : summary.details());
        warning.set(summary == null ? "" : summary.collapseWarning());
        direction.set(summary == null ? 0 : summary.direction());
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
    /**
     * @return how each domain is read and filtered, keyed by its normalised absolute path (the Domains
     *         screen keeps it); a domain not in it is read with {@link DomainReading#DEFAULT}
     */
    public javafx.collections.ObservableMap<Path, DomainReading> readings() { return readings; }
    public ObjectProperty<Path> sourceProperty() { return source; }
    public ObjectProperty<Path> targetProperty() { return target; }
    public IntegerProperty epochsProperty() { return epochs; }
    /** @return how many seeds a run trains (seeds 1..n), 1 to {@link TransferRequest#MAX_SEEDS} */
    public IntegerProperty seedsProperty() { return seeds; }
    /** @return whether the charts shown use large text, for a projector (exports keep the print size) */
    public javafx.beans.property.BooleanProperty presentationProperty() { return presentation; }
    /** @return the training hyperparameters of the advanced section, the paper's values by default */
    public LabHyperparameters hyperparameters() { return hyperparameters; }
    /** @return the preset name, or {@link #CUSTOM}; setting a preset sets every layer's mode */
    public StringProperty presetProperty() { return preset; }
    /** @return the mode of {@code layer} (one of {@link #LAYERS}) */
    public ObjectProperty<TransferMode> modeProperty(LayerName layer) { return modes.get(layer); }
    /** @return every finished epoch of the current run, in order */
    public ObservableList<LabPoint> points() { return points; }
    public ReadOnlyObjectProperty<TransferOutcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return taskStatus.busy(); }
    public ReadOnlyDoubleProperty progressProperty() { return taskStatus.progress(); }
    public ReadOnlyStringProperty statusProperty() { return taskStatus.status(); }

    /** @return errors (a bad file, a failed run) and files written, for the workbench's notifications; read-only */
    public javafx.collections.ObservableList<Notice> notices() { return taskStatus.notices(); }
    /** @return the share done and the time left while a run trains ("42 % · about 1 min 20 s left"), else "" */
    public ReadOnlyStringProperty remainingProperty() { return taskStatus.remaining(); }
    /** @return the gain as mean ± sd over seeds, once a run has finished; else "" */
    public ReadOnlyStringProperty gainProperty() { return gain.getReadOnlyProperty(); }
    /** @return the paired t-test's verdict at 5 % with p, once a run has finished; else "" */
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }
    /** @return what the gain is over, each seed's gain and both models' HR@10 as mean ± sd; else "" */
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
    /** @return the warning when the transfer collapsed in a seed; else "" */
    public ReadOnlyStringProperty warningProperty() { return warning.getReadOnlyProperty(); }
    /** @return +1 when the transfer is significantly better, -1 when significantly worse, else 0 */
    public ReadOnlyIntegerProperty directionProperty() { return direction.getReadOnlyProperty(); }
    public Path workspaceDir() { return workspaceDir; }
}
