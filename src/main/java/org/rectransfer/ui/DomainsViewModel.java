package org.rectransfer.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.jfree.chart.JFreeChart;
import org.rectransfer.analysis.RelatednessMatrix;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DataFormat;

/**
 * State and commands of the domains screen: the domain files of the sample-data folder, those the
 * user added (files, folders, drops) and saved in the workspace, each with its format and filter
 * and its statistics before and after the filter; the relatedness (KLD) of every ordered pair.
 * Work runs in {@link Task}s on the injected executor, one at a time and never on the FX thread;
 * every property changes on the FX thread only. Parts: {@link DomainWorkQueue} (the order of the
 * work), {@link DomainEditor} (selection and edited settings), {@link DomainListing} (the rows), {@link DomainRelatedness} (the KLD
 * sub-tab), {@link LabDomainsOffer} (the lab's pickers), {@link AddDomainsTask}, {@link DomainMessages}.
 */
public final class DomainsViewModel {
    private final Path directory;
    private final FilterSpec filter;
    private final DomainList saved;
    private final TaskStatus taskStatus = new TaskStatus(this, "");
    private final DomainWorkQueue work;
    private Task<List<DomainRow>> refreshing;
    private final DomainEditor editor = new DomainEditor(this);
    private final ObjectProperty<DomainRow> selected = editor.selectedProperty();
    private final DomainRelatedness relatedness;
    private final LabDomainsOffer lab = new LabDomainsOffer();
    private final DomainListing listing;

    /** A view model applying the default filter of docs/method.md §Task and data (min 20 interactions per user). */
    public DomainsViewModel(Path directory, Executor executor) {
        this(directory, FilterSpec.DEFAULT, executor);
    }

    /**
     * @param directory the folder holding one data file per domain
     * @param filter    the filter of its files and of added ones, until changed per domain
     * @param executor  runs the loading work; must not be the FX thread
     */
    public DomainsViewModel(Path directory, FilterSpec filter, Executor executor) {
        this(directory, null, filter, executor);
    }

    /**
     * @param directory    the folder holding one data file per domain
     * @param workspaceDir the workspace whose {@code domains} table keeps the list across sessions (null: none)
     * @param filter       the filter of its files and of added ones, until changed per domain
     * @param executor     runs the loading work; must not be the FX thread
     */
    public DomainsViewModel(Path directory, Path workspaceDir, FilterSpec filter, Executor executor) {
        this.directory = directory;
        this.filter = filter;
        this.saved = new DomainList(workspaceDir);
        // Refused work drops the queue, the refresh waiting in it with it: the next refresh starts anew.
        this.work = new DomainWorkQueue(taskStatus, executor, () -> refreshing = null);
        this.relatedness = new DomainRelatedness(this, work);
        this.listing = new DomainListing(this, selected, relatedness::listChanged, lab::sync);
    }

    // ---------------------------------------------------------------- commands

    /**
     * The refresh command: reloads every listed domain in the background (the sample-data files,
     * the workspace's list, this session's additions). Call on the FX thread; while a refresh is
     * waiting or running this returns it instead of starting another.
     *
     * @return the load, for callers that want to wait for it
     */
    public Task<List<DomainRow>> refresh() {
        if (refreshing != null) return refreshing;
        Task<List<DomainRow>> task = new LoadDomainsTask(directory, defaults(), saved, listing.session(), listing.removed());
        task.setOnSucceeded(event -> {
            refreshing = null;
            listing.show(task.getValue());
            work.done(DomainMessages.completed(directory, task.getValue()));
        });
        task.setOnFailed(event -> {
            refreshing = null;
            listing.show(List.of());
            work.done(DomainMessages.failure(directory, task.getException()));
        });
        task.setOnCancelled(event -> {
            refreshing = null;
            work.done("Loading cancelled");
        });
        refreshing = task;
        return work.enqueue(task);
    }

    /**
     * The add command (Add files…, Add folder…, a drop): every file, and every domain file directly
     * in each folder, that is not listed yet is read in the background with the default settings,
     * shown with its statistics (or its error) and saved in the workspace's list.
     *
     * @param paths files and folders
     * @return the work, for callers that want to wait for it
     */
    public Task<List<DomainRow>> add(List<Path> paths) {
        Task<List<DomainRow>> task = new AddDomainsTask(paths, listing.keys(), defaults(), saved);
        task.setOnSucceeded(event -> {
            List<DomainRow> added = listing.add(task.getValue());
            if (added.stream().anyMatch(DomainRow::isFailed)) {
                work.failed(DomainMessages.added(added));
            } else {
                work.done(DomainMessages.added(added));
            }
        });
        task.setOnFailed(event -> work.failed("Could not add: " + TaskStatus.oneLine(task.getException())));
        task.setOnCancelled(event -> work.done("Adding cancelled"));
        return work.enqueue(task);
    }

    /** The drop handler's command: {@link #add(List)} of the dropped files and folders. */
    public Task<List<DomainRow>> addDropped(List<File> files) {
        return add(files.stream().map(File::toPath).toList());
    }

    /**
     * The remove command: takes {@code row}'s domain off the list (and the workspace's list, in the
     * background). The file itself is left alone; a sample-data file comes back on the next start.
     *
     * @return the work of updating the workspace, or null when the row was not listed
     */
    public Task<Void> remove(DomainRow row) {
        if (row == null || !listing.rows().contains(row)) return null;
        listing.remove(row);
        if (selected.get() == row) selected.set(null);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                updateMessage("Removing " + row.fileName() + " from the list");
                saved.remove(row.path());
                return null;
            }
        };
        task.setOnSucceeded(event -> work.done("Removed " + row.name() + " (" + row.fileName() + ") from the list; the file is left alone"));
        task.setOnFailed(event -> work.failed("Removed from the list, but the workspace was not updated: "
                + TaskStatus.oneLine(task.getException())));
        task.setOnCancelled(event -> work.done("Removed from the list"));
        return work.enqueue(task);
    }

    /**
     * The apply command of the domain editor: re-reads the selected domain in the background with
     * the edited format and filter, updates its row and saves its settings in the workspace.
     *
     * @return the work, or null when no domain is selected
     */
    public Task<DomainRow> applySettings() {
        DomainRow row = selected.get();
        if (row == null) return null;
        DomainSettings settings = editor.settings();
        Task<DomainRow> task = new Task<>() {
            @Override
            protected DomainRow call() {
                updateMessage("Reading " + row.fileName() + " as " + settings.describe());
                DomainRow again = DomainSummarizer.summarize(row.path(), settings);
                saved.save(List.of(again));
                return again;
            }
        };
        task.setOnSucceeded(event -> {
            DomainRow again = task.getValue();
            listing.replace(row, again, settings);
            selected.set(again);
            if (again.isFailed()) {
                work.failed("Could not read " + again.fileName() + " as " + settings.format().cliName() + ": " + again.error());
            } else {
                work.done("Read " + again.name() + " again: " + settings.describe());
            }
        });
        task.setOnFailed(event -> work.failed("Could not read " + row.fileName() + ": " + TaskStatus.oneLine(task.getException())));
        task.setOnCancelled(event -> work.done("Cancelled"));
        return work.enqueue(task);
    }

    /**
     * The relatedness command: the KLD of every ordered pair of the listed domains that loaded and
     * keep users after their filter (Eq. 8), and its heatmap, computed in the background.
     *
     * @return the work, for callers that want to wait for it
     */
    public Task<RelatednessMatrix> computeRelatedness() {
        return relatedness.compute(listing.rows(), DomainListing.BY_NAME);
    }

    /**
     * Offers every loaded domain to {@code domains} too (the transfer lab's pickers): added ones are
     * appended, removed ones taken away again; the paths it held already are left alone.
     */
    public void offerTo(ObservableList<Path> domains) {
        offerTo(domains, javafx.collections.FXCollections.observableHashMap());
    }

    /**
     * As {@link #offerTo(ObservableList)}, and keeps {@code readings} (keyed by the normalised
     * absolute path) holding each loaded domain's format and filter, for the lab to train with.
     */
    public void offerTo(ObservableList<Path> domains, javafx.collections.ObservableMap<Path, org.rectransfer.study.DomainReading> readings) {
        lab.offerTo(domains, readings, listing.rows());
    }

    private DomainSettings defaults() {
        return new DomainSettings(DataFormat.AUTO, filter);
    }

    // ---------------------------------------------------------------- state

    /** @return the listed domains, sorted by name (read-only) */
    public ObservableList<DomainRow> rows() { return listing.readOnlyRows(); }

    /** @return the domain the editor shows; selecting one fills the edit properties */
    public ObjectProperty<DomainRow> selectedProperty() { return selected; }

    /** @return the editor's format */
    public ObjectProperty<DataFormat> editFormatProperty() { return editor.editFormatProperty(); }

    /** @return the editor's minimum interactions per user */
    public IntegerProperty editMinUserProperty() { return editor.editMinUserProperty(); }

    /** @return the editor's minimum interactions per item */
    public IntegerProperty editMinItemProperty() { return editor.editMinItemProperty(); }

    /** @return the editor's k-core choice */
    public BooleanProperty editKcoreProperty() { return editor.editKcoreProperty(); }

    /** @return the last relatedness matrix computed, or null */
    public ReadOnlyObjectProperty<RelatednessMatrix> relatednessProperty() { return relatedness.relatednessProperty(); }

    /** @return the heatmap of the last relatedness matrix, or null */
    public ReadOnlyObjectProperty<JFreeChart> relatednessChartProperty() { return relatedness.chartProperty(); }

    /** @return whether the list has changed since the relatedness was last computed (true before the first time) */
    public ReadOnlyBooleanProperty relatednessStaleProperty() { return relatedness.staleProperty(); }

    /** @return what the relatedness view shows or why it shows nothing */
    public ReadOnlyStringProperty relatednessNoteProperty() { return relatedness.noteProperty(); }

    /** @return whether work is running; the commands that change the list are disabled meanwhile */
    public ReadOnlyBooleanProperty busyProperty() { return taskStatus.busy(); }

    public boolean isBusy() { return taskStatus.busy().get(); }

    /** @return progress of the running work in [0, 1], 1 when idle */
    public ReadOnlyDoubleProperty progressProperty() { return taskStatus.progress(); }

    /** @return what is happening, or what happened last (with the first error, if any) */
    public ReadOnlyStringProperty statusProperty() { return taskStatus.status(); }

    /** @return errors (a bad file, a failed run) and files written, for the workbench's notifications; read-only */
    public javafx.collections.ObservableList<Notice> notices() { return taskStatus.notices(); }

    public String getStatus() { return taskStatus.status().get(); }

    /** @return the summary line, e.g. {@code 18 domains · 1,234 interactions after filter (5,678 raw)} */
    public ReadOnlyStringProperty summaryProperty() { return listing.summaryProperty(); }

    public String getSummary() { return listing.summaryProperty().get(); }

    /** @return the sample-data folder */
    public Path directory() { return directory; }

    /** @return the filter of the sample-data files and of newly added ones */
    public FilterSpec filter() { return filter; }

    /** @return the default filter in words, e.g. {@code ≥ 20 per user}, for column headers */
    public String filterLabel() {
        return DomainSettings.describe(filter);
    }
}
