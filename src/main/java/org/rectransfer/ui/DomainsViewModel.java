package org.rectransfer.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.rectransfer.data.FilterSpec;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * State and commands of the domains screen: the domain files of a directory with their
 * statistics before and after a filter. {@link #refresh()} loads them in a {@link Task} on the
 * injected executor, never on the FX thread; every property changes on the FX thread only.
 */
public final class DomainsViewModel {
    private static final Comparator<DomainRow> BY_NAME =
            Comparator.comparing(DomainRow::name).thenComparing(DomainRow::fileName);

    private final Path directory;
    private final FilterSpec filter;
    private final Executor executor;
    private final ObservableList<DomainRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DomainRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final TaskStatus taskStatus = new TaskStatus(this, "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Task<List<DomainRow>> running;

    /** A view model applying the default filter of docs/method.md §Task and data (min 20 interactions per user). */
    public DomainsViewModel(Path directory, Executor executor) {
        this(directory, FilterSpec.DEFAULT, executor);
    }

    /**
     * @param directory the folder holding one data file per domain
     * @param filter    the filter whose effect the rows show
     * @param executor  runs the loading work; must not be the FX thread
     */
    public DomainsViewModel(Path directory, FilterSpec filter, Executor executor) {
        this.directory = directory;
        this.filter = filter;
        this.executor = executor;
    }

    /**
     * The refresh command: reloads every domain file in the background. Call on the FX thread;
     * while a load is running this returns that load instead of starting another.
     *
     * @return the running load, for callers that want to wait for it
     */
    public Task<List<DomainRow>> refresh() {
        if (running != null) return running;
        Task<List<DomainRow>> task = new LoadDomainsTask(directory, new DomainSummarizer(filter));
        task.setOnSucceeded(event -> finish(task.getValue(), completedMessage(task.getValue())));
        task.setOnFailed(event -> finish(List.of(), failureMessage(task.getException())));
        task.setOnCancelled(event -> finish(List.copyOf(rows), "Loading cancelled"));
        running = task;
        if (!taskStatus.start(task, executor)) finish(List.copyOf(rows), "The workbench is shutting down");
        return task;
    }

    private void finish(List<DomainRow> loaded, String message) {
        running = null;
        rows.setAll(loaded.stream().sorted(BY_NAME).toList());
        summary.set(DomainTotals.of(rows).describe());
        taskStatus.finish(message, 1);
    }

    private String completedMessage(List<DomainRow> loaded) {
        if (loaded.isEmpty()) return "No domain files in " + directory;
        List<DomainRow> failed = loaded.stream().filter(DomainRow::isFailed).toList();
        if (failed.isEmpty()) return "Loaded " + loaded.size() + " domains";
        return "Loaded " + (loaded.size() - failed.size()) + " of " + loaded.size() + " domains; "
                + failed.get(0).error();
    }

    private String failureMessage(Throwable problem) {
        if (problem instanceof NoSuchFileException) return "Folder not found: " + directory;
        String detail = problem == null || problem.getMessage() == null ? "" : ": " + problem.getMessage();
        return "Could not list " + directory + detail;
    }

    /** @return the domains loaded last, sorted by name (read-only) */
    public ObservableList<DomainRow> rows() { return readOnlyRows; }

    /** @return whether a load is running; the refresh command is disabled meanwhile */
    public ReadOnlyBooleanProperty busyProperty() { return taskStatus.busy(); }

    public boolean isBusy() { return taskStatus.busy().get(); }

    /** @return progress of the running load in [0, 1], 1 when idle */
    public ReadOnlyDoubleProperty progressProperty() { return taskStatus.progress(); }

    /** @return what is happening, or what happened last (with the first error, if any) */
    public ReadOnlyStringProperty statusProperty() { return taskStatus.status(); }

    public String getStatus() { return taskStatus.status().get(); }

    /** @return the summary line, e.g. {@code 18 domains · 1,234 interactions after filter (5,678 raw)} */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public String getSummary() { return summary.get(); }

    /** @return the folder the domains are read from */
    public Path directory() { return directory; }

    /** @return the filter the rows are shown after */
    public FilterSpec filter() { return filter; }

    /** @return the filter in words, e.g. {@code ≥ 20 per user}, for column headers */
    public String filterLabel() {
        List<String> parts = new ArrayList<>();
        if (filter.minUser() > 0) parts.add("≥ " + filter.minUser() + " per user");
        if (filter.minItem() > 0) parts.add("≥ " + filter.minItem() + " per item");
        if (filter.kcore()) parts.add("k-core");
        return parts.isEmpty() ? "no filter" : String.join(", ", parts);
    }
}
