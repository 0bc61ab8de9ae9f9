package org.rectransfer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import org.rectransfer.experiment.GainRow;
import org.rectransfer.experiment.GainTable;
import org.rectransfer.experiment.RelatednessStudy;
import org.rectransfer.experiment.SweepOutcome;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.experiment.SweepStatus;
import org.rectransfer.report.GainMatrix;
import org.rectransfer.report.KldScatter;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.GainHeatmapChart;
import org.rectransfer.report.chart.KldScatterChart;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.report.export.FigureExporter;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.StoredSweep;
import org.rectransfer.study.SweepOverview;
import org.rectransfer.study.SweepStudy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the results screen: the sweeps of the workspace, each with its finished
 * runs out of its tasks, and for the chosen sweep and source the paper's Tables 3-5 as a heatmap
 * of gains ({@code figure heatmap}) or Fig. 3, gain against KLD with the fitted line and its band
 * ({@code figure kld-scatter}); and the sweeps started here: the editor ({@link #editor()}),
 * {@link #startSweep()}, {@link #stopSweep()} and {@link #resumeSweep()}, through
 * {@link SweepStudy}, the use case of {@code rectransfer sweep}.
 *
 * <p>While the screen is shown ({@link #setShown}) the workspace is looked at every
 * {@link #POLL_EVERY}, whoever runs its sweeps (this workbench or the command line in another
 * process): the list follows, and the chosen sweep's gains are read again when its number of
 * finished runs changes, keeping the chosen source, configuration and figure. Reading the
 * workspace runs in {@link Task}s on the injected executor, the sweep on another; every property
 * changes on the FX thread only.
 */
public final class ResultsViewModel {
    /** How often the workspace is looked at while the screen is shown. */
    public static final Duration POLL_EVERY = Duration.seconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(ResultsViewModel.class);

    private final Path workspaceDir;
    private final Executor executor;
    private final Executor sweepExecutor;
    private final SweepEditorViewModel editor;
    private final TaskStatus taskStatus = new TaskStatus(this, "");
    private final ObservableList<SweepRow> sweeps = FXCollections.observableArrayList();
    private final ObjectProperty<SweepRow> sweep = new SimpleObjectProperty<>(this, "sweep");
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty(this, "source");
    private final BooleanProperty excludeCollapsed = new SimpleBooleanProperty(this, "excludeCollapsed", false);
    private final ReadOnlyObjectWrapper<GainTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyObjectWrapper<GainMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ObjectProperty<ResultFigure> figure = new SimpleObjectProperty<>(this, "figure", ResultFigure.HEATMAP);
    private final ObservableList<String> configs = FXCollections.observableArrayList();
    private final StringProperty config = new SimpleStringProperty(this, "config");
    private final ReadOnlyObjectWrapper<RelatednessStudy> study = new ReadOnlyObjectWrapper<>(this, "study");
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyBooleanWrapper sweepRunning = new ReadOnlyBooleanWrapper(this, "sweepRunning", false);
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper(this, "stopping", false);
    private final ReadOnlyStringWrapper sweepMessage = new ReadOnlyStringWrapper(this, "sweepMessage", "");
    private final ReadOnlyStringWrapper runningSweep = new ReadOnlyStringWrapper(this, "runningSweep");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper selectedRunning = new ReadOnlyBooleanWrapper(this, "selectedRunning", false);
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper(this, "resumable", false);
    private final SweepEta eta = new SweepEta(System::nanoTime);
    private Task<?> running;
    /** The spec of the sweep whose gains are shown: its order is the heatmap's order of columns. */
    private SweepSpec shownSpec;
    /** Which sweep's gains are shown, at how many finished runs, with collapsed runs left out or not. */
    private String shownId;
    private int shownRuns = -1;
    private boolean shownExclude;
    /** The relatedness study shown is of fewer runs than the gains: read it again when it is asked for. */
    private boolean studyStale;
    private Timeline poller;
    private Task<List<SweepOverview>> polling;
    private boolean pollAgain;
    /** The sweep to choose as soon as the list has it (the one just started here). */
    private String preferred;
    private SweepStudyTask sweepTask;

    /** A sweep's gains with the spec that orders them. */
    private record SweepGains(GainTable table, SweepSpec spec) { }

    /**
     * @param workspaceDir  the workspace whose sweeps are shown and where sweeps started here are recorded
     * @param domainFiles   the domain files the sweep editor offers as sources and targets
     * @param executor      reads the workspace; must not be the FX thread
     * @param sweepExecutor runs the sweeps started here; must be neither the FX thread nor {@code executor},
     *                      which keeps reading the workspace meanwhile
     */
    public ResultsViewModel(Path workspaceDir, List<Path> domainFiles, Executor executor, Executor sweepExecutor) {
        this.workspaceDir = workspaceDir;
        this.executor = executor;
        this.sweepExecutor = sweepExecutor;
        this.editor = new SweepEditorViewModel(domainFiles, workspaceDir);
        // A look at the workspace hands over a new row whenever its text changes (the ETA, say):
        // the gains are read again for another sweep at once, for more finished runs when idle.
        sweep.addListener((o, before, after) -> {
            if (before == null || after == null || !before.id().equals(after.id())) {
                loadGains();
            } else if (before.runs() != after.runs()) {
                catchUp();
            }
            showProgress();
        });
        excludeCollapsed.addListener((o, before, after) -> loadGains());
        source.addListener((o, before, after) -> showSource());
        figure.addListener((o, before, after) -> {
            if (after == ResultFigure.KLD_SCATTER && (study.get() == null || studyStale)) loadStudy();
            redraw();
        });
        config.addListener((o, before, after) -> redraw());
    }

    /** @return the sweep editor, whose choices {@link #startSweep()} starts */
    public SweepEditorViewModel editor() { return editor; }

    /**
     * Whether the screen is shown: shown, the sweeps are listed again at once and then every
     * {@link #POLL_EVERY}; hidden, the workspace is left alone.
     */
    public void setShown(boolean shown) {
        if (shown) {
            refresh();
            if (poller == null) {
                poller = new Timeline(new KeyFrame(POLL_EVERY, event -> poll()));
                poller.setCycleCount(Timeline.INDEFINITE);
            }
            poller.play();
        } else if (poller != null) {
            poller.stop();
        }
    }

    /** Stops looking at the workspace and asks a sweep started here to stop (the workbench closes). */
    public void shutdown() {
        if (poller != null) poller.stop();
        stopSweep();
    }

    /** The refresh command: lists the workspace's sweeps again (the selection is kept if it still exists). */
    public Task<List<SweepOverview>> refresh() {
        Task<List<SweepOverview>> task = new Task<>() {
            @Override
            protected List<SweepOverview> call() {
                updateMessage("Reading the sweeps of " + workspaceDir);
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return StoredSweep.overviews(store);
                }
            }
        };
        task.setOnSucceeded(event -> {
            if (running != task) return;
            int count = task.getValue().size();
            finish(count == 0 ? "No sweep in " + workspaceDir + " yet: start one under New sweep (or with ./rectransfer sweep)"
                    : count + (count == 1 ? " sweep in " : " sweeps in ") + workspaceDir);
            show(task.getValue());
        });
        return start(task);
    }

    /**
     * Looks at the workspace's sweeps once, quietly (no status, nothing cancelled): the list
     * follows, and the chosen sweep's gains are read again if it has more finished runs. A look
     * asked for while one is under way is made when it ends.
     */
    void poll() {
        if (polling != null) {
            pollAgain = true;
            return;
        }
        Task<List<SweepOverview>> task = new Task<>() {
            @Override
            protected List<SweepOverview> call() {
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return StoredSweep.overviews(store);
                }
            }
        };
        polling = task;
        task.setOnSucceeded(event -> {
            polled();
            show(task.getValue());
        });
        task.setOnFailed(event -> {
            LOG.debug("could not look at the sweeps of {}", workspaceDir, task.getException());
            polled();
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException shuttingDown) {
            polling = null;
        }
    }

    private void polled() {
        polling = null;
        if (pollAgain) {
            pollAgain = false;
            poll();
        }
    }

    /** Shows the sweeps read: rows whose text changed are replaced, the chosen sweep stays chosen. */
    private void show(List<SweepOverview> overviews) {
        List<SweepRow> rows = overviews.stream().map(o -> new SweepRow(o, SweepEta.describe(eta.update(o)))).toList();
        String kept = preferred != null && rows.stream().anyMatch(r -> r.id().equals(preferred)) ? preferred
                : sweep.get() == null ? null : sweep.get().id();
        if (kept != null && kept.equals(preferred)) preferred = null;
        if (rows.stream().map(SweepRow::id).toList().equals(sweeps.stream().map(SweepRow::id).toList())) {
            for (int k = 0; k < rows.size(); k++) {
                if (!rows.get(k).equals(sweeps.get(k))) sweeps.set(k, rows.get(k));
            }
        } else {
            sweeps.setAll(rows);
        }
        sweep.set(rows.stream().filter(r -> r.id().equals(kept)).findFirst().orElse(rows.isEmpty() ? null : rows.get(0)));
        showProgress();
        catchUp();
    }

    /** Reads the chosen sweep's gains again if more runs have finished since they were read, unless busy (the next look will). */
    private void catchUp() {
        SweepRow chosen = sweep.get();
        if (running != null || chosen == null) return;
        if (!chosen.id().equals(shownId) || chosen.runs() != shownRuns || excludeCollapsed.get() != shownExclude) loadGains();
    }

    private void showProgress() {
        SweepRow chosen = sweep.get();
        selectedRunning.set(chosen != null && chosen.status() == SweepStatus.RUNNING);
        progressText.set(chosen == null ? "" : chosen.progressText());
        progress.set(chosen == null ? 0 : chosen.fraction());
        resumable.set(sweepTask == null && chosen != null && chosen.status() != SweepStatus.DONE);
    }

    /**
     * The start command: runs the editor's sweep in the background, as {@code rectransfer sweep}
     * with the same choices would (same id, same records). Call on the FX thread.
     *
     * @return the sweep's task, or null when a sweep started here still runs or the choices are invalid (then said why)
     */
    public Task<SweepStudy.Result> startSweep() {
        if (sweepTask != null) return null;
        String problem = editor.problemProperty().get();
        if (!problem.isEmpty()) {
            sweepMessage.set(problem);
            return null;
        }
        List<String> commandLine = new ArrayList<>(List.of("workbench"));
        commandLine.addAll(editor.arguments());
        return launch(new SweepStudyTask(workspaceDir, editor.spec(), null, editor.options(commandLine), this::sweepStarted));
    }

    /**
     * The resume command: runs the chosen sweep again from its stored description, under its id;
     * its finished runs are skipped (a sweep stopped here, or started, stopped or killed on the
     * command line). Runs as many at once as the editor says.
     *
     * @return the sweep's task, or null when a sweep started here still runs or none is chosen
     */
    public Task<SweepStudy.Result> resumeSweep() {
        SweepRow chosen = sweep.get();
        if (sweepTask != null || chosen == null) return null;
        SweepStudy.Options options = new SweepStudy.Options(chosen.id(), false, false, "local",
                Math.max(1, editor.parallelProperty().get()), List.of("workbench", "sweep", "resume", chosen.id()));
        return launch(new SweepStudyTask(workspaceDir, null, chosen.id(), options, this::sweepStarted));
    }

    /**
     * The stop command: no task of the sweep started here starts any more, its runs in progress stop
     * after their current batch and are recorded failed ("cancelled"). The screen says it is
     * stopping until the sweep has stopped; Resume then finishes it.
     */
    public void stopSweep() {
        if (sweepTask == null || sweepTask.stopRequested()) return;
        sweepTask.stop();
        stopping.set(true);
    }

    private SweepStudyTask launch(SweepStudyTask task) {
        sweepTask = task;
        sweepRunning.set(true);
        stopping.set(false);
        runningSweep.set(null);
        showProgress();
        sweepMessage.bind(task.messageProperty());
        task.setOnSucceeded(event -> sweepEnded(task, describe(task.getValue())));
        task.setOnFailed(event -> sweepEnded(task, "Sweep failed: " + TaskStatus.oneLine(task.getException())));
        task.setOnCancelled(event -> sweepEnded(task, "Sweep cancelled"));
        try {
            sweepExecutor.execute(task);
        } catch (RejectedExecutionException shuttingDown) {
            sweepEnded(task, "The workbench is shutting down");
        }
        return task;
    }

    /** The sweep is registered in the workspace: list it and choose it. */
    private void sweepStarted(String id) {
        if (sweepTask == null) return;
        runningSweep.set(id);
        preferred = id;
        poll();
    }

    private void sweepEnded(SweepStudyTask task, String message) {
        if (sweepTask != task) return;
        sweepTask = null;
        sweepMessage.unbind();
        sweepMessage.set(message);
        stopping.set(false);
        sweepRunning.set(false);
        showProgress();
        poll();
    }

    private static String describe(SweepStudy.Result result) {
        SweepOutcome outcome = result.outcome();
        String did = outcome.ran() + " trained now, " + outcome.skipped() + " done before"
                + (outcome.reused() > 0 ? ", " + outcome.reused() + " reused" : "");
        if (result.complete()) return "Sweep " + result.id() + " done: " + did;
        if (!outcome.failed().isEmpty()) {
            return "Sweep " + result.id() + " incomplete: " + outcome.failed().size() + " failed (" + outcome.failed().get(0)
                    + "); Resume tries again";
        }
        return "Sweep " + result.id() + " stopped: " + did + ", " + outcome.stopped() + " left to do; Resume finishes it";
    }

    /** Reads the chosen sweep's gains; the figure stays on screen until the new one is drawn. */
    private void loadGains() {
        SweepRow chosen = sweep.get();
        if (chosen == null) {
            table.set(null);
            sources.clear();
            source.set(null);
            shownId = null;
            showSource();
            return;
        }
        boolean exclude = excludeCollapsed.get();
        Task<SweepGains> task = new Task<>() {
            @Override
            protected SweepGains call() {
                updateMessage("Reading sweep " + chosen.id());
                try (Workspace store = Workspace.open(workspaceDir)) {
                    StoredSweep stored = StoredSweep.open(store, chosen.id());
                    return new SweepGains(stored.gains(exclude), stored.spec());
                }
            }
        };
        String keptSource = source.get();
        // More runs of the same sweep: the KLD figure stays until it is read again; another sweep's is cleared.
        if (chosen.id().equals(shownId) && exclude == shownExclude) {
            studyStale = true;
        } else {
            study.set(null);
        }
        task.setOnSucceeded(event -> {
            if (running != task) return;
            GainTable gains = task.getValue().table();
            shownSpec = task.getValue().spec();
            shownId = chosen.id();
            shownRuns = chosen.runs();
            shownExclude = exclude;
            table.set(gains);
            List<String> withRows = gains.sources().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(java.util.Map.Entry::getKey).toList();
            sources.setAll(withRows);
            finish(withRows.isEmpty() ? "Sweep " + chosen.id() + " has no finished transfer with a baseline yet"
                    : "Sweep " + chosen.id() + ": " + withRows.size() + (withRows.size() == 1 ? " source" : " sources"));
            source.set(keptSource != null && withRows.contains(keptSource) ? keptSource : withRows.isEmpty() ? null : withRows.get(0));
            showSource();
            if (figure.get() == ResultFigure.KLD_SCATTER) loadStudy();
        });
        start(task);
    }

    /** Reads the sweep's domain files again for their activity histograms (Fig. 3 needs them). */
    private void loadStudy() {
        SweepRow chosen = sweep.get();
        if (chosen == null || running != null) return;
        boolean exclude = excludeCollapsed.get();
        Task<RelatednessStudy> task = new Task<>() {
            @Override
            protected RelatednessStudy call() {
                updateMessage("Reading the domains of sweep " + chosen.id() + " for their activity histograms");
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return StoredSweep.open(store, chosen.id()).relatedness(exclude);
                }
            }
        };
        task.setOnSucceeded(event -> {
            if (running != task) return;
            study.set(task.getValue());
            studyStale = false;
            finish("Sweep " + chosen.id() + ": KL divergences of " + task.getValue().points().stream()
                    .map(p -> p.source() + ">" + p.target()).distinct().count() + " source-target pairs");
            redraw();
        });
        start(task);
    }

    private void showSource() {
        GainTable gains = table.get();
        List<GainRow> rows = gains == null || source.get() == null ? null : gains.sources().get(source.get());
        matrix.set(rows == null || rows.isEmpty() ? null
                : StoredSweep.matrix(shownSpec, source.get(), rows));
        List<String> present = matrix.get() == null ? List.of() : matrix.get().configs();
        String kept = config.get();
        configs.setAll(present);
        config.set(kept != null && present.contains(kept) ? kept : present.isEmpty() ? null : present.get(0));
        redraw();
    }

    /** Draws the chosen figure from what is loaded, in the screen's theme; no figure until its data is in. */
    private void redraw() {
        chart.set(chart(ChartTheme.screen()));
    }

    /** @return the figure chosen, drawn in {@code theme}, or null before its data is in */
    private JFreeChart chart(ChartTheme theme) {
        return switch (figure.get()) {
            case HEATMAP -> matrix.get() == null ? null : new GainHeatmapChart(theme).create(matrix.get());
            case KLD_SCATTER -> plotted() == null ? null : new KldScatterChart(theme).create((KldScatter) plotted());
        };
    }

    /** @return the numbers of the figure chosen, or null before its data is in */
    private org.rectransfer.report.PlotData plotted() {
        return switch (figure.get()) {
            case HEATMAP -> matrix.get();
            case KLD_SCATTER -> study.get() == null || source.get() == null || config.get() == null ? null
                    : KldScatter.of(study.get(), source.get(), config.get());
        };
    }

    /**
     * Writes the figure shown as a PNG or SVG file at print size (6.4 x 4.8 in, 300 dpi).
     *
     * @throws IOException if the file cannot be written
     */
    public ExportedFigure exportFigure(Path file) throws IOException {
        JFreeChart print = Optional.ofNullable(chart(ChartTheme.print())).orElseThrow(() -> new IllegalStateException("no figure to export yet"));
        return new FigureExporter().write(print, file);
    }

    /**
     * Writes the figure shown as the user chose, in the print theme, with its numbers as CSV if asked.
     *
     * @return what was written, in one line (also shown in the status line)
     * @throws IOException if a file cannot be written
     */
    public String export(ExportChoice choice) throws IOException {
        JFreeChart print = Optional.ofNullable(chart(ChartTheme.print())).orElseThrow(() -> new IllegalStateException("no figure to export yet"));
        String message = FigureExport.write(print, plotted(), choice);
        if (running == null) taskStatus.finish(message, 1);
        return message;
    }

    /** @return a file name (no extension) saying what the figure shows, e.g. {@code gains-sw-1a2b3c4d-Book} */
    public String suggestedFileName() {
        SweepRow chosen = sweep.get();
        return figure.get() == ResultFigure.HEATMAP
                ? FigureExport.fileName("gains", chosen == null ? null : chosen.id(), source.get())
                : FigureExport.fileName("kld", chosen == null ? null : chosen.id(), source.get(), config.get());
    }

    private <T> Task<T> start(Task<T> task) {
        if (running != null) running.cancel();
        running = task;
        task.setOnFailed(event -> {
            if (running == task) finish("Failed: " + TaskStatus.oneLine(task.getException()));
        });
        if (!taskStatus.start(task, executor)) finish("The workbench is shutting down");
        return task;
    }

    private void finish(String message) {
        running = null;
        taskStatus.finish(message, 1);
    }

    /** @return the workspace's sweeps, newest first */
    public ObservableList<SweepRow> sweeps() { return sweeps; }
    /** @return the chosen sweep */
    public ObjectProperty<SweepRow> sweepProperty() { return sweep; }
    /** @return the sources of the chosen sweep that have gains */
    public ObservableList<String> sources() { return sources; }
    public StringProperty sourceProperty() { return source; }
    /** @return whether collapsed runs are left out of the gains (report gains --exclude-collapsed) */
    public BooleanProperty excludeCollapsedProperty() { return excludeCollapsed; }
    /** @return the chosen source's gains as plotted */
    public ReadOnlyObjectProperty<GainMatrix> matrixProperty() { return matrix.getReadOnlyProperty(); }
    /** @return which figure is drawn */
    public ObjectProperty<ResultFigure> figureProperty() { return figure; }
    /** @return the configurations of the chosen source (for the KLD figure) */
    public ObservableList<String> configs() { return configs; }
    public StringProperty configProperty() { return config; }
    /** @return the relatedness study of the chosen sweep, once the KLD figure has been asked for */
    public ReadOnlyObjectProperty<RelatednessStudy> studyProperty() { return study.getReadOnlyProperty(); }
    /** @return the figure drawn, null while its data is not in */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() { return chart.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return taskStatus.busy(); }
    public ReadOnlyStringProperty statusProperty() { return taskStatus.status(); }
    public Path workspaceDir() { return workspaceDir; }
    /** @return true from Start or Resume until the sweep started here has really stopped (every run recorded) */
    public ReadOnlyBooleanProperty sweepRunningProperty() { return sweepRunning.getReadOnlyProperty(); }
    /** @return true from Stop until the sweep has stopped */
    public ReadOnlyBooleanProperty stoppingProperty() { return stopping.getReadOnlyProperty(); }
    /** @return what the sweep started here does, or how it ended */
    public ReadOnlyStringProperty sweepMessageProperty() { return sweepMessage.getReadOnlyProperty(); }
    /** @return the id of the sweep started here, once registered in the workspace; null before */
    public ReadOnlyStringProperty runningSweepProperty() { return runningSweep.getReadOnlyProperty(); }
    /** @return the chosen sweep's progress, e.g. "7 / 25 runs · running · ETA 3 min" */
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    /** @return the chosen sweep's finished runs over its tasks, 0..1 (-1 when unknown) */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** @return whether the chosen sweep is running (here or in another process) */
    public ReadOnlyBooleanProperty selectedRunningProperty() { return selectedRunning.getReadOnlyProperty(); }
    /** @return whether Resume can run the chosen sweep: it is not done and no sweep started here runs */
    public ReadOnlyBooleanProperty resumableProperty() { return resumable.getReadOnlyProperty(); }
}
