package org.rectransfer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import org.jfree.chart.JFreeChart;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.report.export.ExportedFigure;
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
 * property changes on the FX thread only. Parts: {@link RunFilters} (the filters),
 * {@link SelectionCurves} (the chart of the selection), {@link RunDeletionText} (the confirmation),
 * {@link LatestTask} (one task at a time, the newest wins).
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
    private final TaskStatus taskStatus = new TaskStatus(this, "");
    private final LatestTask tasks;
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final FilteredList<RunRow> shown = new FilteredList<>(runs);
    private final RunFilters filters;
    private final ReadOnlyIntegerWrapper cutOff = new ReadOnlyIntegerWrapper(this, "cutOff", 10);
    private final ObservableList<RunRow> selected = FXCollections.observableArrayList();
    private final ObservableList<RunRow> selectedView = FXCollections.unmodifiableObservableList(selected);
    private final ReadOnlyBooleanWrapper canOpenInLab = new ReadOnlyBooleanWrapper(this, "canOpenInLab", false);
    private final ReadOnlyObjectWrapper<RunDeletion.Preview> pendingDeletion = new ReadOnlyObjectWrapper<>(this, "pendingDeletion");
    private Lab lab = setup -> Optional.of("no lab to open it in");
    private final SelectionCurves curves;

    /**
     * @param workspaceDir the workspace whose runs are listed
     * @param executor     reads and deletes; must not be the FX thread
     */
    public RunsViewModel(Path workspaceDir, Executor executor) {
        this.workspaceDir = workspaceDir;
        this.tasks = new LatestTask(taskStatus, executor);
        this.filters = new RunFilters(this, () -> filter(selectedIds()));
        this.curves = new SelectionCurves(this, workspaceDir, executor);
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
            if (!tasks.isCurrent(task)) return;
            List<RunRow> read = task.getValue();
            // The rows are read anew: the runs selected before stay selected if they are still there.
            Set<String> keptSelection = selectedIds();
            filters.offerDomainsOf(read);
            Set<Integer> ks = new LinkedHashSet<>();
            read.forEach(run -> ks.add(RunCatalog.cutOff(run)));
            cutOff.set(ks.size() == 1 ? ks.iterator().next() : 0);
            runs.setAll(read);
            filter(keptSelection);
            if (message != null) {
                tasks.finish(message);
                return;
            }
            tasks.finish(read.isEmpty() ? "No run in " + workspaceDir + " yet: run the lab, or ./rectransfer train, transfer or sweep"
                    : describe(read.size(), "run") + " in " + workspaceDir);
        });
        return tasks.start(task);
    }

    private Set<String> selectedIds() {
        return new LinkedHashSet<>(selected.stream().map(RunRow::id).toList());
    }

    /**
     * Applies the filters; of the runs in {@code keep} (the selection before the rows changed, which
     * the table drops on the way), those shown stay selected.
     */
    private void filter(Set<String> keep) {
        shown.setPredicate(filters.predicate());
        select(shown.stream().filter(run -> keep.contains(run.id())).toList());
    }

    /**
     * The selection (the view's table selection): the finished ones among them are drawn, each
     * run's loss and HR per epoch overlaid.
     */
    public void select(List<RunRow> runsSelected) {
        selected.setAll(runsSelected);
        canOpenInLab.set(selected.size() == 1 && selected.get(0).kind() == RunKind.TRANSFER);
        curves.draw(selected);
    }

    /**
     * Writes the curves shown as a PNG or SVG figure.
     *
     * @throws IOException if the file cannot be written
     */
    public ExportedFigure exportCurves(Path file) throws IOException {
        return curves.export(file);
    }

    /**
     * Writes the curves shown as the user chose (PNG size and resolution, or SVG; the plotted
     * numbers as CSV if asked), says so in the status line and posts it as a notice.
     *
     * @return what was written, in one line
     * @throws IOException if a file cannot be written
     */
    public String export(ExportChoice choice) throws IOException {
        String message = curves.export(choice);
        taskStatus.say(message);
        taskStatus.notify(Notice.wrote(message, choice.file()));
        return message;
    }

    /** @return a file name (no extension) from the runs drawn, e.g. {@code curves-r-1a2b-and-2-more} */
    public String suggestedFileName() {
        return curves.suggestedFileName();
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
            if (!tasks.isCurrent(task)) return;
            tasks.finish(task.getValue().deletable() ? "Deleting " + describe(task.getValue().runs().size(), "run") + "?"
                    : "Nothing deleted");
            pendingDeletion.set(task.getValue());
        });
        return tasks.start(task);
    }

    /** @return what a confirmation of {@code preview} says: what is deleted, or why nothing can be */
    public static String deletionMessage(RunDeletion.Preview preview) {
        return RunDeletionText.of(preview);
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
            if (!tasks.isCurrent(task)) return;
            RunDeletion.Deleted deleted = task.getValue();
            String sweeps = deleted.sweepTasks().isEmpty() ? ""
                    : "; resume sweep " + String.join(", ", deleted.sweepTasks().keySet()) + " to train "
                            + (ids.size() == 1 ? "it" : "them") + " again";
            select(List.of());
            reload("Deleted " + describe(deleted.runs().size(), "run") + " and " + describe(deleted.modelFiles(), "file")
                    + " of models/" + sweeps);
        });
        return tasks.start(task);
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
            if (!tasks.isCurrent(task)) return;
            Optional<String> problem = lab.open(task.getValue());
            tasks.finish(problem.map(reason -> "Not opened in the lab: " + reason)
                    .orElse("Run " + run.id() + " opened in the lab: " + task.getValue().source().getFileName() + " → "
                            + task.getValue().target().getFileName() + ", " + task.getValue().plan()));
        });
        return tasks.start(task);
    }

    /** @return "1 run", "3 runs" */
    static String describe(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** @return every run read, oldest first */
    public ObservableList<RunRow> runs() { return runs; }
    /** @return the runs the filters let through */
    public ObservableList<RunRow> shown() { return shown; }
    /** @return {@link #ALL_DOMAINS} and the domains of the runs */
    public ObservableList<String> domains() { return filters.domains(); }
    /** @return {@link #ALL_KINDS} and every run kind */
    public ObservableList<String> kinds() { return filters.kinds(); }
    /** @return {@link #ALL_STATUSES} and every run status */
    public ObservableList<String> statuses() { return filters.statuses(); }
    public StringProperty domainProperty() { return filters.domainProperty(); }
    public StringProperty kindProperty() { return filters.kindProperty(); }
    public StringProperty statusFilterProperty() { return filters.statusProperty(); }
    /** @return the text search: runs whose id, domain, plan, files, sweeps or error contain it, ignoring case */
    public StringProperty searchProperty() { return filters.searchProperty(); }
    /** @return the k of every run's HR@k, 0 when the runs differ */
    public ReadOnlyIntegerProperty cutOffProperty() { return cutOff.getReadOnlyProperty(); }
    /** @return the runs selected */
    public ObservableList<RunRow> selected() { return selectedView; }
    /** @return the curves of the selected finished runs, null when none */
    public ReadOnlyObjectProperty<TrainingCurves> curvesProperty() { return curves.curvesProperty(); }
    /** @return the chart of {@link #curvesProperty()}, null when none */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() { return curves.chartProperty(); }
    /** @return what the chart shows, or why it shows nothing */
    public ReadOnlyStringProperty curvesNoteProperty() { return curves.curvesNoteProperty(); }
    /** @return whether one transfer run is selected */
    public ReadOnlyBooleanProperty canOpenInLabProperty() { return canOpenInLab.getReadOnlyProperty(); }
    /** @return a deletion waiting for the user's confirmation, null when none */
    public ReadOnlyObjectProperty<RunDeletion.Preview> pendingDeletionProperty() { return pendingDeletion.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return taskStatus.busy(); }
    public ReadOnlyStringProperty statusProperty() { return taskStatus.status(); }

    /** @return errors (a bad file, a failed run) and files written, for the workbench's notifications; read-only */
    public javafx.collections.ObservableList<Notice> notices() { return taskStatus.notices(); }
    public Path workspaceDir() { return workspaceDir; }
}
