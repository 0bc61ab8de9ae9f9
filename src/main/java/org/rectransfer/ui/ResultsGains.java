package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.rectransfer.experiment.GainRow;
import org.rectransfer.experiment.GainTable;
import org.rectransfer.experiment.RelatednessStudy;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.report.GainMatrix;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.StoredSweep;

/**
 * What the results screen shows of the chosen sweep: its gains (read again when more runs have
 * finished), the chosen source and its matrix, the configurations, and the relatedness study the
 * KLD figure needs (read only when asked for, as it reads the domain files again). Reading runs
 * as the screen's {@link LatestTask}; the properties change on the FX thread only.
 */
final class ResultsGains {
    private final Path workspaceDir;
    private final LatestTask tasks;
    private final Supplier<SweepRow> chosen;
    private final BooleanSupplier wantsStudy;
    private final Runnable redraw;
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final StringProperty source;
    private final BooleanProperty excludeCollapsed;
    private final ReadOnlyObjectWrapper<GainTable> table;
    private final ReadOnlyObjectWrapper<GainMatrix> matrix;
    private final ObservableList<String> configs = FXCollections.observableArrayList();
    private final StringProperty config;
    private final ReadOnlyObjectWrapper<RelatednessStudy> study;
    /** The spec of the sweep whose gains are shown: its order is the heatmap's order of columns. */
    private SweepSpec shownSpec;
    /** Which sweep's gains are shown, at how many finished runs, with collapsed runs left out or not. */
    private String shownId;
    private int shownRuns = -1;
    private boolean shownExclude;
    /** The relatedness study shown is of fewer runs than the gains: read it again when it is asked for. */
    private boolean studyStale;

    /** A sweep's gains with the spec that orders them. */
    private record SweepGains(GainTable table, SweepSpec spec) { }

    /**
     * @param bean       the view model whose properties these are
     * @param chosen     the sweep chosen on the screen
     * @param wantsStudy whether the figure shown needs the relatedness study
     * @param redraw     draws the figure again from what is loaded
     */
    ResultsGains(Object bean, Path workspaceDir, LatestTask tasks, Supplier<SweepRow> chosen,
            BooleanSupplier wantsStudy, Runnable redraw) {
        this.workspaceDir = workspaceDir;
        this.tasks = tasks;
        this.chosen = chosen;
        this.wantsStudy = wantsStudy;
        this.redraw = redraw;
        source = new SimpleStringProperty(bean, "source");
        excludeCollapsed = new SimpleBooleanProperty(bean, "excludeCollapsed", false);
        table = new ReadOnlyObjectWrapper<>(bean, "table");
        matrix = new ReadOnlyObjectWrapper<>(bean, "matrix");
        config = new SimpleStringProperty(bean, "config");
        study = new ReadOnlyObjectWrapper<>(bean, "study");
        excludeCollapsed.addListener((o, before, after) -> loadGains());
        source.addListener((o, before, after) -> showSource());
        config.addListener((o, before, after) -> redraw.run());
    }

    /** Reads the chosen sweep's gains again if more runs have finished since they were read, unless busy (the next look will). */
    void catchUp() {
        SweepRow row = chosen.get();
        if (!tasks.idle() || row == null) return;
        if (!row.id().equals(shownId) || row.runs() != shownRuns || excludeCollapsed.get() != shownExclude) loadGains();
    }

    /** Reads the chosen sweep's gains; the figure stays on screen until the new one is drawn. */
    void loadGains() {
        SweepRow row = chosen.get();
        if (row == null) {
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
                updateMessage("Reading sweep " + row.id());
                try (Workspace store = Workspace.open(workspaceDir)) {
                    StoredSweep stored = StoredSweep.open(store, row.id());
                    return new SweepGains(stored.gains(exclude), stored.spec());
                }
            }
        };
        String keptSource = source.get();
        // More runs of the same sweep: the KLD figure stays until it is read again; another sweep's is cleared.
        if (row.id().equals(shownId) && exclude == shownExclude) {
            studyStale = true;
        } else {
            study.set(null);
        }
        task.setOnSucceeded(event -> {
            if (!tasks.isCurrent(task)) return;
            GainTable gains = task.getValue().table();
            shownSpec = task.getValue().spec();
            shownId = row.id();
            shownRuns = row.runs();
            shownExclude = exclude;
            table.set(gains);
            List<String> withRows = gains.sources().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(java.util.Map.Entry::getKey).toList();
            sources.setAll(withRows);
            tasks.finish(withRows.isEmpty() ? "Sweep " + row.id() + " has no finished transfer with a baseline yet"
                    : "Sweep " + row.id() + ": " + withRows.size() + (withRows.size() == 1 ? " source" : " sources"));
            source.set(keptSource != null && withRows.contains(keptSource) ? keptSource : withRows.isEmpty() ? null : withRows.get(0));
            showSource();
            if (wantsStudy.getAsBoolean()) loadStudy();
        });
        tasks.start(task);
    }

    /** @return whether the relatedness study is missing or of fewer runs than the gains */
    boolean studyOutdated() {
        return study.get() == null || studyStale;
    }

    /** Reads the sweep's domain files again for their activity histograms (Fig. 3 needs them). */
    void loadStudy() {
        SweepRow row = chosen.get();
        if (row == null || !tasks.idle()) return;
        boolean exclude = excludeCollapsed.get();
        Task<RelatednessStudy> task = new Task<>() {
            @Override
            protected RelatednessStudy call() {
                updateMessage("Reading the domains of sweep " + row.id() + " for their activity histograms");
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return StoredSweep.open(store, row.id()).relatedness(exclude);
                }
            }
        };
        task.setOnSucceeded(event -> {
            if (!tasks.isCurrent(task)) return;
            study.set(task.getValue());
            studyStale = false;
            tasks.finish("Sweep " + row.id() + ": KL divergences of " + task.getValue().points().stream()
                    .map(p -> p.source() + ">" + p.target()).distinct().count() + " source-target pairs");
            redraw.run();
        });
        tasks.start(task);
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
        redraw.run();
    }

    ObservableList<String> sources() { return sources; }
    StringProperty sourceProperty() { return source; }
    BooleanProperty excludeCollapsedProperty() { return excludeCollapsed; }
    ReadOnlyObjectProperty<GainMatrix> matrixProperty() { return matrix.getReadOnlyProperty(); }
    ObservableList<String> configs() { return configs; }
    StringProperty configProperty() { return config; }
    ReadOnlyObjectProperty<RelatednessStudy> studyProperty() { return study.getReadOnlyProperty(); }
}
