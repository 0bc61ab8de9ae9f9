package org.rectransfer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import org.rectransfer.experiment.RelatednessStudy;
import org.rectransfer.experiment.SweepStatus;
import org.rectransfer.report.GainMatrix;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.StoredSweep;
import org.rectransfer.study.SweepOverview;
import org.rectransfer.study.SweepStudy;

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
 * changes on the FX thread only. The work is shared out to {@link SweepControl} (Start / Stop /
 * Resume), {@link SweepPolling} (the look every 2 s), {@link ResultsGains} (what is read of the
 * chosen sweep) and {@link ResultsFigure} (drawing and export).
 */
public final class ResultsViewModel {
    /** How often the workspace is looked at while the screen is shown. */
    public static final Duration POLL_EVERY = Duration.seconds(2);

    private final Path workspaceDir;
    private final SweepEditorViewModel editor;
    private final TaskStatus taskStatus = new TaskStatus(this, "");
    private final LatestTask tasks;
    private final ObservableList<SweepRow> sweeps = FXCollections.observableArrayList();
    private final ObjectProperty<SweepRow> sweep = new SimpleObjectProperty<>(this, "sweep");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper selectedRunning = new ReadOnlyBooleanWrapper(this, "selectedRunning", false);
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper(this, "resumable", false);
    private final SweepEta eta = new SweepEta(System::nanoTime);
    // The parts below each hold one concern; this class wires them and is the face the view and tests see.
    private final ResultsGains gains;
    private final ResultsFigure figure;
    private final SweepPolling polling;
    private final SweepControl control;
    /** The sweep to choose as soon as the list has it (the one just started here). */
    private String preferred;

    /**
     * @param workspaceDir  the workspace whose sweeps are shown and where sweeps started here are recorded
     * @param domainFiles   the domain files the sweep editor offers as sources and targets
     * @param executor      reads the workspace; must not be the FX thread
     * @param sweepExecutor runs the sweeps started here; must be neither the FX thread nor {@code executor},
     *                      which keeps reading the workspace meanwhile
     */
    public ResultsViewModel(Path workspaceDir, List<Path> domainFiles, Executor executor, Executor sweepExecutor) {
        this.workspaceDir = workspaceDir;
        this.editor = new SweepEditorViewModel(domainFiles, workspaceDir);
        this.tasks = new LatestTask(taskStatus, executor);
        // gains and figure refer to each other: the gains redraw the figure, the figure draws the gains.
        this.gains = new ResultsGains(this, workspaceDir, tasks, sweep::get, this::figureNeedsStudy, this::redraw);
        this.figure = new ResultsFigure(this, gains);
        this.polling = new SweepPolling(workspaceDir, executor, POLL_EVERY, this::show);
        this.control = new SweepControl(this, workspaceDir, sweepExecutor, editor, sweep::get, this::showProgress,
                id -> {
                    preferred = id;
                    polling.poll();
                },
                notice -> {
                    showProgress();
                    polling.poll();
                    if (notice != null) taskStatus.notify(notice);
                });
        // A look at the workspace hands over a new row whenever its text changes (the ETA, say):
        // the gains are read again for another sweep at once, for more finished runs when idle.
        sweep.addListener((o, before, after) -> {
            if (before == null || after == null || !before.id().equals(after.id())) {
                gains.loadGains();
            } else if (before.runs() != after.runs()) {
                gains.catchUp();
            }
            showProgress();
        });
        figure.figureProperty().addListener((o, before, after) -> {
            if (after == ResultFigure.KLD_SCATTER && gains.studyOutdated()) gains.loadStudy();
            figure.redraw();
        });
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
            polling.play();
        } else {
            polling.stop();
        }
    }

    /** Stops looking at the workspace and asks a sweep started here to stop (the workbench closes). */
    public void shutdown() {
        polling.stop();
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
            if (!tasks.isCurrent(task)) return;
            int count = task.getValue().size();
            tasks.finish(count == 0 ? "No sweep in " + workspaceDir + " yet: start one under New sweep (or with ./rectransfer sweep)"
                    : count + (count == 1 ? " sweep in " : " sweeps in ") + workspaceDir);
            show(task.getValue());
        });
        return tasks.start(task);
    }

    private boolean figureNeedsStudy() { return figure.needsStudy(); }
    private void redraw() { figure.redraw(); }

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
        gains.catchUp();
    }

    private void showProgress() {
        SweepRow chosen = sweep.get();
        selectedRunning.set(chosen != null && chosen.status() == SweepStatus.RUNNING);
        progressText.set(chosen == null ? "" : chosen.progressText());
        progress.set(chosen == null ? 0 : chosen.fraction());
        resumable.set(!control.active() && chosen != null && chosen.status() != SweepStatus.DONE);
    }

    /**
     * The start command: runs the editor's sweep in the background, as {@code rectransfer sweep}
     * with the same choices would (same id, same records). Call on the FX thread.
     *
     * @return the sweep's task, or null when a sweep started here still runs or the choices are invalid (then said why)
     */
    public Task<SweepStudy.Result> startSweep() {
        return control.start();
    }

    /**
     * The resume command: runs the chosen sweep again from its stored description, under its id;
     * its finished runs are skipped (a sweep stopped here, or started, stopped or killed on the
     * command line). Runs as many at once as the editor says.
     *
     * @return the sweep's task, or null when a sweep started here still runs or none is chosen
     */
    public Task<SweepStudy.Result> resumeSweep() {
        return control.resume();
    }

    /**
     * The stop command: no task of the sweep started here starts any more, its runs in progress stop
     * after their current batch and are recorded failed ("cancelled"). The screen says it is
     * stopping until the sweep has stopped; Resume then finishes it.
     */
    public void stopSweep() {
        control.stop();
    }

    /**
     * Writes the figure shown as a PNG or SVG file at print size (6.4 x 4.8 in, 300 dpi).
     *
     * @throws IOException if the file cannot be written
     */
    public ExportedFigure exportFigure(Path file) throws IOException {
        return figure.exportFigure(file);
    }

    /**
     * Writes the figure shown as the user chose, in the print theme, with its numbers as CSV if asked.
     *
     * @return what was written, in one line (also shown in the status line)
     * @throws IOException if a file cannot be written
     */
    public String export(ExportChoice choice) throws IOException {
        String message = figure.export(choice);
        if (tasks.idle()) taskStatus.finish(message, 1);
        taskStatus.notify(Notice.wrote(message, choice.file()));
        return message;
    }

    /** @return a file name (no extension) saying what the figure shows, e.g. {@code gains-sw-1a2b3c4d-Book} */
    public String suggestedFileName() {
        return figure.suggestedFileName(sweep.get());
    }

    /** @return the workspace's sweeps, newest first */
    public ObservableList<SweepRow> sweeps() { return sweeps; }
    /** @return the chosen sweep */
    public ObjectProperty<SweepRow> sweepProperty() { return sweep; }
    /** @return whether the figure shown uses large text, for a projector (View → Large text; exports keep the print size) */
    public javafx.beans.property.BooleanProperty presentationProperty() { return figure.presentationProperty(); }
    /** @return the sources of the chosen sweep that have gains */
    public ObservableList<String> sources() { return gains.sources(); }
    public StringProperty sourceProperty() { return gains.sourceProperty(); }
    /** @return whether collapsed runs are left out of the gains (report gains --exclude-collapsed) */
    public BooleanProperty excludeCollapsedProperty() { return gains.excludeCollapsedProperty(); }
    /** @return the chosen source's gains as plotted */
    public ReadOnlyObjectProperty<GainMatrix> matrixProperty() { return gains.matrixProperty(); }
    /** @return which figure is drawn */
    public ObjectProperty<ResultFigure> figureProperty() { return figure.figureProperty(); }
    /** @return the configurations of the chosen source (for the KLD figure) */
    public ObservableList<String> configs() { return gains.configs(); }
    public StringProperty configProperty() { return gains.configProperty(); }
    /** @return the relatedness study of the chosen sweep, once the KLD figure has been asked for */
    public ReadOnlyObjectProperty<RelatednessStudy> studyProperty() { return gains.studyProperty(); }
    /** @return the figure drawn, null while its data is not in */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() { return figure.chartProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return taskStatus.busy(); }
    public ReadOnlyStringProperty statusProperty() { return taskStatus.status(); }

    /** @return errors (a bad file, a failed run) and files written, for the workbench's notifications; read-only */
    public javafx.collections.ObservableList<Notice> notices() { return taskStatus.notices(); }
    public Path workspaceDir() { return workspaceDir; }
    /** @return true from Start or Resume until the sweep started here has really stopped (every run recorded) */
    public ReadOnlyBooleanProperty sweepRunningProperty() { return control.sweepRunningProperty(); }
    /** @return true from Stop until the sweep has stopped */
    public ReadOnlyBooleanProperty stoppingProperty() { return control.stoppingProperty(); }
    /** @return what the sweep started here does, or how it ended */
    public ReadOnlyStringProperty sweepMessageProperty() { return control.sweepMessageProperty(); }
    /** @return the id of the sweep started here, once registered in the workspace; null before */
    public ReadOnlyStringProperty runningSweepProperty() { return control.runningSweepProperty(); }
    /** @return the chosen sweep's progress, e.g. "7 / 25 runs · running · ETA 3 min" */
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    /** @return the chosen sweep's finished runs over its tasks, 0..1 (-1 when unknown) */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** @return whether the chosen sweep is running (here or in another process) */
    public ReadOnlyBooleanProperty selectedRunningProperty() { return selectedRunning.getReadOnlyProperty(); }
    /** @return whether Resume can run the chosen sweep: it is not done and no sweep started here runs */
    public ReadOnlyBooleanProperty resumableProperty() { return resumable.getReadOnlyProperty(); }
}
