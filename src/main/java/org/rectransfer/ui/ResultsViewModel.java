package org.rectransfer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.jfree.chart.JFreeChart;
import org.rectransfer.experiment.GainRow;
import org.rectransfer.experiment.GainTable;
import org.rectransfer.report.GainMatrix;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.GainHeatmapChart;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.report.export.FigureExporter;
import org.rectransfer.store.SweepResults;
import org.rectransfer.store.SweepSummary;
import org.rectransfer.store.Workspace;

/**
 * State and commands of the results screen: the sweeps of the workspace and, for the chosen
 * sweep and source, the paper's Tables 3-5 as a heatmap of gains (the figure {@code figure
 * heatmap} draws). Reading the workspace runs in {@link Task}s on the injected executor; every
 * property changes on the FX thread only.
 */
public final class ResultsViewModel {
    /** The level under which a gain is marked significant, as in the gain tables. */
    private static final double ALPHA = 0.05;

    private final Path workspaceDir;
    private final Executor executor;
    private final TaskStatus taskStatus = new TaskStatus(this, "");
    private final ObservableList<SweepSummary> sweeps = FXCollections.observableArrayList();
    private final ObjectProperty<SweepSummary> sweep = new SimpleObjectProperty<>(this, "sweep");
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty(this, "source");
    private final BooleanProperty excludeCollapsed = new SimpleBooleanProperty(this, "excludeCollapsed", false);
    private final ReadOnlyObjectWrapper<GainTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyObjectWrapper<GainMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private Task<?> running;

    /**
     * @param workspaceDir the workspace whose sweeps are shown
     * @param executor     reads the workspace; must not be the FX thread
     */
    public ResultsViewModel(Path workspaceDir, Executor executor) {
        this.workspaceDir = workspaceDir;
        this.executor = executor;
        sweep.addListener((o, before, after) -> loadGains());
        excludeCollapsed.addListener((o, before, after) -> loadGains());
        source.addListener((o, before, after) -> showSource());
    }

    /** The refresh command: lists the workspace's sweeps again (the selection is kept if it still exists). */
    public Task<List<SweepSummary>> refresh() {
        Task<List<SweepSummary>> task = new Task<>() {
            @Override
            protected List<SweepSummary> call() {
                updateMessage("Reading the sweeps of " + workspaceDir);
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return SweepResults.list(store);
                }
            }
        };
        String kept = sweep.get() == null ? null : sweep.get().id();
        task.setOnSucceeded(event -> {
            if (running != task) return;
            sweeps.setAll(task.getValue());
            int count = task.getValue().size();
            finish(count == 0 ? "No sweep in " + workspaceDir + " yet: run one with ./rectransfer sweep"
                    : count + (count == 1 ? " sweep in " : " sweeps in ") + workspaceDir);
            sweeps.stream().filter(s -> s.id().equals(kept)).findFirst()
                    .ifPresentOrElse(sweep::set, () -> sweep.set(sweeps.isEmpty() ? null : sweeps.get(0)));
        });
        return start(task);
    }

    private void loadGains() {
        SweepSummary chosen = sweep.get();
        if (chosen == null) {
            table.set(null);
            sources.clear();
            return;
        }
        boolean exclude = excludeCollapsed.get();
        Task<GainTable> task = new Task<>() {
            @Override
            protected GainTable call() {
                updateMessage("Reading sweep " + chosen.id());
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return GainTable.of(SweepResults.load(store, chosen.id()), exclude);
                }
            }
        };
        String keptSource = source.get();
        task.setOnSucceeded(event -> {
            if (running != task) return;
            GainTable gains = task.getValue();
            table.set(gains);
            List<String> withRows = gains.sources().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(java.util.Map.Entry::getKey).toList();
            sources.setAll(withRows);
            finish(withRows.isEmpty() ? "Sweep " + chosen.id() + " has no finished transfer with a baseline yet"
                    : "Sweep " + chosen.id() + ": " + withRows.size() + (withRows.size() == 1 ? " source" : " sources"));
            source.set(withRows.contains(keptSource) ? keptSource : withRows.isEmpty() ? null : withRows.get(0));
            showSource();
        });
        start(task);
    }

    private void showSource() {
        GainTable gains = table.get();
        List<GainRow> rows = gains == null || source.get() == null ? null : gains.sources().get(source.get());
        matrix.set(rows == null || rows.isEmpty() ? null
                : GainMatrix.of(source.get(), rows, GainMatrix.configsOf(rows), ALPHA));
    }

    /** @return the heatmap of the chosen source's gains; empty until a sweep with gains is chosen */
    public Optional<JFreeChart> heatmap() {
        return Optional.ofNullable(matrix.get()).map(m -> new GainHeatmapChart(ChartTheme.print()).create(m));
    }

    /**
     * Writes the heatmap shown as a PNG or SVG figure.
     *
     * @throws IOException if the file cannot be written
     */
    public ExportedFigure exportHeatmap(Path file) throws IOException {
        JFreeChart chart = heatmap().orElseThrow(() -> new IllegalStateException("no gains to draw yet"));
        return new FigureExporter().write(chart, file);
    }

    private <T> Task<T> start(Task<T> task) {
        if (running != null) running.cancel();
        running = task;
        task.setOnFailed(event -> {
            if (running == task) finish("Failed: " + oneLine(task.getException()));
        });
        if (!taskStatus.start(task, executor)) finish("The workbench is shutting down");
        return task;
    }

    private void finish(String message) {
        running = null;
        taskStatus.finish(message, 1);
    }

    private static String oneLine(Throwable error) {
        String message = error == null ? "unknown error" : String.valueOf(error.getMessage());
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    public ObservableList<SweepSummary> sweeps() { return sweeps; }
    public ObjectProperty<SweepSummary> sweepProperty() { return sweep; }
    /** @return the sources of the chosen sweep that have gains */
    public ObservableList<String> sources() { return sources; }
    public StringProperty sourceProperty() { return source; }
    /** @return whether collapsed runs are left out of the gains (report gains --exclude-collapsed) */
    public BooleanProperty excludeCollapsedProperty() { return excludeCollapsed; }
    /** @return the gains of the chosen sweep */
    public ReadOnlyObjectProperty<GainTable> tableProperty() { return table.getReadOnlyProperty(); }
    /** @return the chosen source's gains as plotted */
    public ReadOnlyObjectProperty<GainMatrix> matrixProperty() { return matrix.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return taskStatus.busy(); }
    public ReadOnlyStringProperty statusProperty() { return taskStatus.status(); }
    public Path workspaceDir() { return workspaceDir; }
}
