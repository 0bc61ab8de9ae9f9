package org.rectransfer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import org.jfree.chart.JFreeChart;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.RunStatus;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.TrainingCurvesChart;
import org.rectransfer.report.export.ExportedFigure;
import org.rectransfer.report.export.FigureExporter;
import org.rectransfer.store.RunDeletion;
import org.rectransfer.store.RunRow;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.RunCatalog;

/**
 * State and commands of the Runs screen: every run of the workspace (the lab's, {@code train},
 * {@code transfer}, {@code choose}, sweeps), filtered by domain, kind, status and a text; the
 * loss and HR curves of the selected finished runs overlaid in the chart the lab draws; deleting
 * runs after a confirmation that says what goes; and opening a transfer in the lab. Reading and
 * deleting run in {@link Task}s on the injected executor, through {@code study.RunCatalog}; every
 * property changes on the FX thread only.
 */
public final class RunsViewModel {
    /** The filter choices that filter nothing. */
    public static final String ALL_DOMAINS = "All domains";
    public static final String ALL_KINDS = "All kinds";
    public static final String ALL_STATUSES = "All statuses";

    /** Shows a recorded transfer in the lab; returns why it cannot, empty when it did. */
    @FunctionalInterface
    public interface Lab {
        Optional<String> open(RunCatalog.LabSetup setup);
    }

    private final Path workspaceDir;
    private final Executor executor;
    private final TaskStatus taskStatus = new TaskStatus(this, "");
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final FilteredList<RunRow> shown = new FilteredList<>(runs);
    private final ObservableList<String> domains = FXCollections.observableArrayList(ALL_DOMAINS);
    private final ObservableList<String> kinds = FXCollections.observableArrayList(ALL_KINDS);
    private final ObservableList<String> statuses = FXCollections.observableArrayList(ALL_STATUSES);
    private final StringProperty domain = new SimpleStringProperty(this, "domain", ALL_DOMAINS);
    private final StringProperty kind = new SimpleStringProperty(this, "kind", ALL_KINDS);
    private final StringProperty status = new SimpleStringProperty(this, "status", ALL_STATUSES);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyIntegerWrapper cutOff = new ReadOnlyIntegerWrapper(this, "cutOff", 10);
    private final ObservableList<RunRow> selected = FXCollections.observableArrayList();
    private final ObservableList<RunRow> selectedView = FXCollections.unmodifiableObservableList(selected);
    private final ReadOnlyObjectWrapper<TrainingCurves> curves = new ReadOnlyObjectWrapper<>(this, "curves");
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper curvesNote = new ReadOnlyStringWrapper(this, "curvesNote", "");
    private final ReadOnlyBooleanWrapper canOpenInLab = new ReadOnlyBooleanWrapper(this, "canOpenInLab", false);
    private final ReadOnlyObjectWrapper<RunDeletion.Preview> pendingDeletion = new ReadOnlyObjectWrapper<>(this, "pendingDeletion");
    private Lab lab = setup -> Optional.of("no lab to open it in");
    private Task<?> running;
    private Task<TrainingCurves> drawing;
    /** The runs whose curves are shown, in order. */
    private List<String> drawnIds = List.of();

    /**
     * @param workspaceDir the workspace whose runs are listed
     * @param executor     reads and deletes; must not be the FX thread
     */
    public RunsViewModel(Path workspaceDir, Executor executor) {
        this.workspaceDir = workspaceDir;
        this.executor = executor;
        for (RunKind value : RunKind.values()) kinds.add(value.stored());
        for (RunStatus value : RunStatus.values()) statuses.add(value.stored());
        for (StringProperty filter : List.of(domain, kind, status, search)) {
            filter.addListener((o, before, after) -> filter(selectedIds()));
        }
        showNoCurves();
    }

    /** @param lab what "Open in lab" opens a transfer in */
    public void setLab(Lab lab) {
        this.lab = lab;
    }

    /** The refresh command: reads every run again; the filters are kept, the selection is the view's to restore. */
    public Task<List<RunRow>> refresh() {
        return reload(null);
    }

    /** Reads every run, then says {@code message} (null: how many runs there are). */
    private Task<List<RunRow>> reload(String message) {
        Task<List<RunRow>> task = new Task<>() {
            @Override
            protected List<RunRow> call() {
                updateMessage("Reading the runs of " + workspaceDir);
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return RunCatalog.list(store);
                }
            }
        };
        task.setOnSucceeded(event -> {
            if (running != task) return;
            List<RunRow> read = task.getValue();
            Set<String> named = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            read.forEach(run -> named.add(run.domain()));
            // The rows are read anew: the runs selected before stay selected if they are still there.
            Set<String> keptSelection = selectedIds();
            String keptDomain = domain.get();
            domains.setAll(ALL_DOMAINS);
            domains.addAll(named);
            domain.set(domains.contains(keptDomain) ? keptDomain : ALL_DOMAINS);
            Set<Integer> ks = new LinkedHashSet<>();
            read.forEach(run -> ks.add(RunCatalog.cutOff(run)));
            cutOff.set(ks.size() == 1 ? ks.iterator().next() : 0);
            runs.setAll(read);
            filter(keptSelection);
            if (message != null) {
                finish(message);
                return;
            }
            finish(read.isEmpty() ? "No run in " + workspaceDir + " yet: run the lab, or ./rectransfer train, transfer or sweep"
                    : describe(read.size(), "run") + " in " + workspaceDir);
        });
        return start(task);
    }

    private Set<String> selectedIds() {
        return new LinkedHashSet<>(selected.stream().map(RunRow::id).toList());
    }

    /**
     * Applies the filters; of the runs in {@code keep} (the selection before the rows changed, which
     * the table drops on the way), those shown stay selected.
     */
    private void filter(Set<String> keep) {
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        String domainChoice = domain.get();
        String kindChoice = kind.get();
        String statusChoice = status.get();
        shown.setPredicate(run -> (domainChoice == null || domainChoice.equals(ALL_DOMAINS) || run.domain().equals(domainChoice))
                && (kindChoice == null || kindChoice.equals(ALL_KINDS) || run.kind().stored().equals(kindChoice))
                && (statusChoice == null || statusChoice.equals(ALL_STATUSES) || run.status().stored().equals(statusChoice))
                && (text.isEmpty() || searchable(run).contains(text)));
        select(shown.stream().filter(run -> keep.contains(run.id())).toList());
    }

    /** @return what the text search looks in: id, kind, domain, plan, status, data file, source, sweeps, error */
    private static String searchable(RunRow run) {
        return String.join(" ", run.id(), run.kind().stored(), run.domain(), String.valueOf(run.plan()), run.status().stored(),
                String.valueOf(run.dataFile()), String.valueOf(run.sourceRun()), String.join(" ", run.sweeps()),
                String.valueOf(run.error())).toLowerCase(Locale.ROOT);
    }

    /**
     * The selection (the view's table selection): the finished ones among them are drawn, each
     * run's loss and HR per epoch overlaid.
     */
    public void select(List<RunRow> runsSelected) {
        selected.setAll(runsSelected);
        canOpenInLab.set(selected.size() == 1 && selected.get(0).kind() == RunKind.TRANSFER);
        if (drawing != null) drawing.cancel();
        drawing = null;
        List<String> done = selected.stream().filter(run -> run.status() == RunStatus.DONE).map(RunRow::id).toList();
        int notDone = selected.size() - done.size();
        if (done.isEmpty()) {
            showNoCurves();
            if (notDone > 0) curvesNote.set(describe(notDone, "selected run") + (notDone == 1 ? " is" : " are")
                    + " not done: only finished runs have curves");
            return;
        }
        // A finished run's epochs never change: the runs drawn already need not be read again.
        if (done.equals(drawnIds) && curves.get() != null) {
            curvesNote.set(drawnNote(done.size(), notDone));
            return;
        }
        Task<TrainingCurves> task = new Task<>() {
            @Override
            protected TrainingCurves call() {
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return RunCatalog.curves(store, done);
                }
            }
        };
        drawing = task;
        curvesNote.set("Reading the epochs of " + describe(done.size(), "run") + "…");
        task.setOnSucceeded(event -> {
            if (drawing != task) return;
            drawing = null;
            drawnIds = done;
            curves.set(task.getValue());
            chart.set(new TrainingCurvesChart(ChartTheme.print()).create(task.getValue()));
            curvesNote.set(drawnNote(done.size(), notDone));
        });
        task.setOnFailed(event -> {
            if (drawing != task) return;
            drawing = null;
            showNoCurves();
            curvesNote.set("Cannot draw the curves: " + TaskStatus.oneLine(task.getException()));
        });
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            drawing = null;
        }
    }

    private static String drawnNote(int drawn, int notDone) {
        return describe(drawn, "run") + " drawn" + (notDone == 0 ? "" : "; " + describe(notDone, "selected run") + " not done, without curves");
    }

    private void showNoCurves() {
        drawnIds = List.of();
        curves.set(null);
        chart.set(null);
        curvesNote.set("Select one or more finished runs to overlay their loss and HR curves");
    }

    /**
     * Writes the curves shown as a PNG or SVG figure.
     *
     * @throws IOException if the file cannot be written
     */
    public ExportedFigure exportCurves(Path file) throws IOException {
        JFreeChart shownChart = Optional.ofNullable(chart.get()).orElseThrow(() -> new IllegalStateException("no curves to export yet"));
        return new FigureExporter().write(shownChart, file);
    }

    /**
     * The delete command, first step: reads what deleting the selected runs would do and offers it
     * as {@link #pendingDeletionProperty()}, for the view to confirm ({@link #confirmDeletion()}) or
     * not ({@link #cancelDeletion()}).
     */
    public Task<RunDeletion.Preview> requestDeletion() {
        List<String> ids = selected.stream().map(RunRow::id).toList();
        if (ids.isEmpty()) {
            taskStatus.say("Select the runs to delete");
            return null;
        }
        Task<RunDeletion.Preview> task = new Task<>() {
            @Override
            protected RunDeletion.Preview call() {
                updateMessage("Looking at what deleting " + describe(ids.size(), "run") + " involves");
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return RunCatalog.previewDeletion(store, ids);
                }
            }
        };
        task.setOnSucceeded(event -> {
            if (running != task) return;
            finish(task.getValue().deletable() ? "Deleting " + describe(task.getValue().runs().size(), "run") + "?"
                    : "Nothing deleted");
            pendingDeletion.set(task.getValue());
        });
        return start(task);
    }

    /** @return what a confirmation of {@code preview} says: what is deleted, or why nothing can be */
    public static String deletionMessage(RunDeletion.Preview preview) {
        if (preview.runs().isEmpty()) return "The selected runs are no longer in the workspace.";
        if (!preview.running().isEmpty()) {
            return (preview.running().size() == 1 ? "Run " + preview.running().get(0) + " is"
                    : "Runs " + String.join(", ", preview.running()) + " are")
                    + " still running and cannot be deleted. Cancel it in the lab or stop its command, or wait until it has"
                    + " finished; nothing was deleted.";
        }
        StringBuilder text = new StringBuilder("Delete " + describe(preview.runs().size(), "run") + " and "
                + describe(preview.modelFiles().size(), "model file") + " from the workspace?\n\n"
                + "Their metrics, epochs and per-user hits are deleted with them; this cannot be undone.");
        preview.sweepTasks().forEach((sweep, tasks) -> text.append("\n\nSweep ").append(sweep).append(" lists ")
                .append(tasks == 1 ? "one of them" : tasks + " of them")
                .append(": it will train ").append(tasks == 1 ? "it" : "them").append(" again when resumed."));
        if (!preview.keptTransfers().isEmpty()) {
            int kept = preview.keptTransfers().size();
            text.append("\n\n").append(describe(kept, "transfer")).append(kept == 1 ? " was" : " were")
                    .append(" trained from ").append(preview.runs().size() == 1 ? "it" : "them")
                    .append(" and stay").append(kept == 1 ? "s" : "").append(" in the workspace.");
        }
        return text.toString();
    }

    /** The delete command, second step: deletes what {@link #pendingDeletionProperty()} offers, then lists the runs again. */
    public Task<RunDeletion.Deleted> confirmDeletion() {
        RunDeletion.Preview preview = pendingDeletion.get();
        pendingDeletion.set(null);
        if (preview == null || !preview.deletable()) return null;
        List<String> ids = preview.runs();
        Task<RunDeletion.Deleted> task = new Task<>() {
            @Override
            protected RunDeletion.Deleted call() {
                updateMessage("Deleting " + describe(ids.size(), "run"));
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return RunCatalog.delete(store, ids);
                }
            }
        };
        task.setOnSucceeded(event -> {
            if (running != task) return;
            RunDeletion.Deleted deleted = task.getValue();
            String sweeps = deleted.sweepTasks().isEmpty() ? ""
                    : "; resume sweep " + String.join(", ", deleted.sweepTasks().keySet()) + " to train "
                            + (ids.size() == 1 ? "it" : "them") + " again";
            select(List.of());
            reload("Deleted " + describe(deleted.runs().size(), "run") + " and " + describe(deleted.modelFiles(), "file")
                    + " of models/" + sweeps);
        });
        return start(task);
    }

    /** Drops the offered deletion. */
    public void cancelDeletion() {
        pendingDeletion.set(null);
    }

    /** The "Open in lab" command: shows the selected transfer's domains and plan in the lab. */
    public Task<RunCatalog.LabSetup> openInLab() {
        if (!canOpenInLab.get()) {
            taskStatus.say("Select one transfer run to open it in the lab");
            return null;
        }
        RunRow run = selected.get(0);
        Task<RunCatalog.LabSetup> task = new Task<>() {
            @Override
            protected RunCatalog.LabSetup call() {
                updateMessage("Finding the domains of run " + run.id());
                try (Workspace store = Workspace.open(workspaceDir)) {
                    return RunCatalog.labSetup(store, run);
                }
            }
        };
        task.setOnSucceeded(event -> {
            if (running != task) return;
            Optional<String> problem = lab.open(task.getValue());
            finish(problem.map(reason -> "Not opened in the lab: " + reason)
                    .orElse("Run " + run.id() + " opened in the lab: " + task.getValue().source().getFileName() + " → "
                            + task.getValue().target().getFileName() + ", " + task.getValue().plan()));
        });
        return start(task);
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

    /** @return "1 run", "3 runs" */
    private static String describe(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** @return every run read, oldest first */
    public ObservableList<RunRow> runs() { return runs; }
    /** @return the runs the filters let through */
    public ObservableList<RunRow> shown() { return shown; }
    /** @return {@link #ALL_DOMAINS} and the domains of the runs */
    public ObservableList<String> domains() { return domains; }
    /** @return {@link #ALL_KINDS} and every run kind */
    public ObservableList<String> kinds() { return kinds; }
    /** @return {@link #ALL_STATUSES} and every run status */
    public ObservableList<String> statuses() { return statuses; }
    public StringProperty domainProperty() { return domain; }
    public StringProperty kindProperty() { return kind; }
    public StringProperty statusFilterProperty() { return status; }
    /** @return the text search: runs whose id, domain, plan, files, sweeps or error contain it, ignoring case */
    public StringProperty searchProperty() { return search; }
    /** @return the k of every run's HR@k, 0 when the runs differ */
    public ReadOnlyIntegerProperty cutOffProperty() { return cutOff.getReadOnlyProperty(); }
    /** @return the runs selected */
    public ObservableList<RunRow> selected() { return selectedView; }
    /** @return the curves of the selected finished runs, null when none */
    public ReadOnlyObjectProperty<TrainingCurves> curvesProperty() { return curves.getReadOnlyProperty(); }
    /** @return the chart of {@link #curvesProperty()}, null when none */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() { return chart.getReadOnlyProperty(); }
    /** @return what the chart shows, or why it shows nothing */
    public ReadOnlyStringProperty curvesNoteProperty() { return curvesNote.getReadOnlyProperty(); }
    /** @return whether one transfer run is selected */
    public ReadOnlyBooleanProperty canOpenInLabProperty() { return canOpenInLab.getReadOnlyProperty(); }
    /** @return a deletion waiting for the user's confirmation, null when none */
    public ReadOnlyObjectProperty<RunDeletion.Preview> pendingDeletionProperty() { return pendingDeletion.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return taskStatus.busy(); }
    public ReadOnlyStringProperty statusProperty() { return taskStatus.status(); }
    public Path workspaceDir() { return workspaceDir; }
}
