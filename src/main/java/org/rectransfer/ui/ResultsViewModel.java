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
import org.rectransfer.experiment.RelatednessStudy;
import org.rectransfer.report.GainMatrix;
import org.rectransfer.report.KldScatter;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.GainHeatmapChart;
import org.rectransfer.report.chart.KldScatterChart;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.report.export.FigureExporter;
import org.rectransfer.store.SweepResults;
import org.rectransfer.study.StoredSweep;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.store.SweepSummary;
import org.rectransfer.store.Workspace;

/**
 * State and commands of the results screen: the sweeps of the workspace and, for the chosen
 * sweep and source, the paper's Tables 3-5 as a heatmap of gains ({@code figure heatmap}) or
 * Fig. 3, gain against KLD with the fitted line and its band ({@code figure kld-scatter}). Reading the workspace runs in {@link Task}s on the injected executor; every
 * property changes on the FX thread only.
 */
public final class ResultsViewModel {
    /** The level under which a gain is marked significant, as in the gain tables. */

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
    private final ObjectProperty<ResultFigure> figure = new SimpleObjectProperty<>(this, "figure", ResultFigure.HEATMAP);
    private final ObservableList<String> configs = FXCollections.observableArrayList();
    private final StringProperty config = new SimpleStringProperty(this, "config");
    private final ReadOnlyObjectWrapper<RelatednessStudy> study = new ReadOnlyObjectWrapper<>(this, "study");
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private Task<?> running;
    /** The spec of the sweep whose gains are shown: its order is the heatmap's order of columns. */
    private SweepSpec shownSpec;

    /** A sweep's gains with the spec that orders them. */
    private record SweepGains(GainTable table, SweepSpec spec) { }

    /**
     * @param workspaceDir the workspace whose sweeps are shown
     * @param executor     reads the workspace; must not be the FX thread
     */
    public ResultsViewModel(Path workspaceDir, Executor executor) {
        this.workspaceDir = workspaceDir;
        this.executor = executor;
        // A refresh hands over an equal summary when nothing changed: no need to read the gains again.
        sweep.addListener((o, before, after) -> {
            if (!java.util.Objects.equals(before, after)) loadGains();
        });
        excludeCollapsed.addListener((o, before, after) -> loadGains());
        source.addListener((o, before, after) -> showSource());
        figure.addListener((o, before, after) -> {
            if (after == ResultFigure.KLD_SCATTER && study.get() == null) loadStudy();
            redraw();
        });
        config.addListener((o, before, after) -> redraw());
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
        study.set(null);
        task.setOnSucceeded(event -> {
            if (running != task) return;
            GainTable gains = task.getValue().table();
            shownSpec = task.getValue().spec();
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
        SweepSummary chosen = sweep.get();
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

    /** Draws the chosen figure from what is loaded; no figure until its data is in. */
    private void redraw() {
        chart.set(switch (figure.get()) {
            case HEATMAP -> matrix.get() == null ? null : new GainHeatmapChart(ChartTheme.print()).create(matrix.get());
            case KLD_SCATTER -> study.get() == null || source.get() == null || config.get() == null ? null
                    : new KldScatterChart(ChartTheme.print()).create(KldScatter.of(study.get(), source.get(), config.get()));
        });
    }

    /**
     * Writes the figure shown as a PNG or SVG file.
     *
     * @throws IOException if the file cannot be written
     */
    public ExportedFigure exportFigure(Path file) throws IOException {
        JFreeChart shown = Optional.ofNullable(chart.get()).orElseThrow(() -> new IllegalStateException("no figure to export yet"));
        return new FigureExporter().write(shown, file);
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

    public ObservableList<SweepSummary> sweeps() { return sweeps; }
    public ObjectProperty<SweepSummary> sweepProperty() { return sweep; }
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
}
