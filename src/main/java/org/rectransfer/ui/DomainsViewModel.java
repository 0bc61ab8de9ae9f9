package org.rectransfer.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.jfree.chart.JFreeChart;
import org.rectransfer.analysis.NamedHistogram;
import org.rectransfer.analysis.RelatednessMatrix;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DataFormat;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.KldMatrixChart;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * State and commands of the domains screen: the domain files of the sample-data folder, those the
 * user added (files, folders, drops) and saved in the workspace, each with its format and filter
 * and its statistics before and after the filter; the relatedness (KLD) of every ordered pair.
 * Work runs in {@link Task}s on the injected executor, one at a time and never on the FX thread;
 * every property changes on the FX thread only.
 */
public final class DomainsViewModel {
    private static final Comparator<DomainRow> BY_NAME =
            Comparator.comparing(DomainRow::name).thenComparing(DomainRow::fileName);

    private final Path directory;
    private final FilterSpec filter;
    private final Executor executor;
    private final DomainList saved;
    private final ObservableList<DomainRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DomainRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final TaskStatus taskStatus = new TaskStatus(this, "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    /** Domains added or changed in this session, and those taken off the list, by key: a refresh keeps them so. */
    private final Map<Path, DomainSettings> session = new LinkedHashMap<>();
    private final Set<Path> removed = new HashSet<>();
    private final Deque<Task<?>> queue = new ArrayDeque<>();
    private Task<?> current;
    private Task<List<DomainRow>> refreshing;

    private final ObjectProperty<DomainRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<DataFormat> editFormat = new SimpleObjectProperty<>(this, "editFormat", DataFormat.AUTO);
    private final IntegerProperty editMinUser = new SimpleIntegerProperty(this, "editMinUser", FilterSpec.DEFAULT.minUser());
    private final IntegerProperty editMinItem = new SimpleIntegerProperty(this, "editMinItem", FilterSpec.DEFAULT.minItem());
    private final BooleanProperty editKcore = new SimpleBooleanProperty(this, "editKcore", FilterSpec.DEFAULT.kcore());

    private final ReadOnlyObjectWrapper<RelatednessMatrix> relatedness = new ReadOnlyObjectWrapper<>(this, "relatedness");
    private final ReadOnlyObjectWrapper<JFreeChart> relatednessChart = new ReadOnlyObjectWrapper<>(this, "relatednessChart");
    private final ReadOnlyStringWrapper relatednessNote = new ReadOnlyStringWrapper(this, "relatednessNote",
            "Compute the relatedness of the listed domains");

    private final javafx.beans.property.ReadOnlyBooleanWrapper relatednessStale =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "relatednessStale", true);

    private ObservableList<Path> labDomains;
    private final Set<Path> offeredToLab = new HashSet<>();

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
        this.executor = executor;
        this.saved = new DomainList(workspaceDir);
        selected.addListener((o, before, row) -> {
            if (row == null) return;
            editFormat.set(row.settings().format());
            editMinUser.set(row.settings().filter().minUser());
            editMinItem.set(row.settings().filter().minItem());
            editKcore.set(row.settings().filter().kcore());
        });
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
        Task<List<DomainRow>> task = new LoadDomainsTask(directory, defaults(), saved, session, removed);
        task.setOnSucceeded(event -> {
            refreshing = null;
            show(task.getValue());
            done(completedMessage(task.getValue()));
        });
        task.setOnFailed(event -> {
            refreshing = null;
            show(List.of());
            done(failureMessage(task.getException()));
        });
        task.setOnCancelled(event -> {
            refreshing = null;
            done("Loading cancelled");
        });
        refreshing = task;
        return enqueue(task);
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
        Set<Path> listed = new HashSet<>();
        for (DomainRow row : rows) listed.add(DomainList.key(row.path()));
        List<Path> given = List.copyOf(paths);
        DomainSettings settings = defaults();
        Task<List<DomainRow>> task = new Task<>() {
            @Override
            protected List<DomainRow> call() throws IOException {
                Set<Path> files = new LinkedHashSet<>();
                for (Path path : given) {
                    if (Files.isDirectory(path)) files.addAll(DomainFiles.in(path));
                    else files.add(path);
                }
                List<DomainRow> added = new ArrayList<>();
                int k = 0;
                for (Path file : files) {
                    if (isCancelled()) break;
                    updateProgress(k++, files.size());
                    if (!listed.add(DomainList.key(file))) continue;
                    updateMessage("Reading " + file.getFileName() + " (" + k + " of " + files.size() + ")");
                    added.add(DomainSummarizer.summarize(file, settings));
                }
                updateMessage("Saving the domain list");
                saved.save(added);
                return added;
            }
        };
        task.setOnSucceeded(event -> {
            // Work queued before this one (a refresh at start) may have listed some of them meanwhile.
            Set<Path> now = new HashSet<>();
            for (DomainRow row : rows) now.add(DomainList.key(row.path()));
            List<DomainRow> added = task.getValue().stream().filter(row -> !now.contains(DomainList.key(row.path()))).toList();
            for (DomainRow row : added) {
                session.put(DomainList.key(row.path()), row.settings());
                removed.remove(DomainList.key(row.path()));
            }
            List<DomainRow> all = new ArrayList<>(rows);
            all.addAll(added);
            show(all);
            done(addedMessage(added));
        });
        task.setOnFailed(event -> done("Could not add: " + TaskStatus.oneLine(task.getException())));
        task.setOnCancelled(event -> done("Adding cancelled"));
        return enqueue(task);
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
        if (row == null || !rows.contains(row)) return null;
        Path key = DomainList.key(row.path());
        List<DomainRow> kept = new ArrayList<>(rows);
        kept.remove(row);
        session.remove(key);
        removed.add(key);
        show(kept);
        if (selected.get() == row) selected.set(null);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                updateMessage("Removing " + row.fileName() + " from the list");
                saved.remove(row.path());
                return null;
            }
        };
        task.setOnSucceeded(event -> done("Removed " + row.name() + " (" + row.fileName() + ") from the list; the file is left alone"));
        task.setOnFailed(event -> done("Removed from the list, but the workspace was not updated: "
                + TaskStatus.oneLine(task.getException())));
        task.setOnCancelled(event -> done("Removed from the list"));
        return enqueue(task);
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
        DomainSettings settings = new DomainSettings(editFormat.get(),
                new FilterSpec(Math.max(0, editMinUser.get()), Math.max(0, editMinItem.get()), editKcore.get()));
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
            session.put(DomainList.key(again.path()), settings);
            List<DomainRow> all = new ArrayList<>(rows);
            int at = indexOf(all, row.path());
            if (at >= 0) all.set(at, again);
            else all.add(again);
            show(all);
            selected.set(again);
            done(again.isFailed() ? "Could not read " + again.fileName() + " as " + settings.format().cliName() + ": " + again.error()
                    : "Read " + again.name() + " again: " + settings.describe());
        });
        task.setOnFailed(event -> done("Could not read " + row.fileName() + ": " + TaskStatus.oneLine(task.getException())));
        task.setOnCancelled(event -> done("Cancelled"));
        return enqueue(task);
    }

    /**
     * The relatedness command: the KLD of every ordered pair of the listed domains that loaded and
     * keep users after their filter (Eq. 8), and its heatmap, computed in the background.
     *
     * @return the work, for callers that want to wait for it
     */
    public Task<RelatednessMatrix> computeRelatedness() {
        List<DomainRow> usable = rows.stream().filter(r -> !r.isFailed() && r.filtered().users() > 0)
                .sorted(BY_NAME).toList();
        int skipped = rows.size() - usable.size();
        ChartTheme theme = ChartTheme.screen();
        Task<RelatednessMatrix> task = new Task<>() {
            private JFreeChart chart;

            @Override
            protected RelatednessMatrix call() {
                updateMessage("Computing the KLD of " + usable.size() * Math.max(0, usable.size() - 1) + " ordered pairs");
                List<String> labels = labels(usable);
                List<NamedHistogram> histograms = new ArrayList<>();
                for (int k = 0; k < usable.size(); k++) histograms.add(new NamedHistogram(labels.get(k), usable.get(k).histogram()));
                RelatednessMatrix matrix = RelatednessMatrix.of(histograms);
                chart = usable.isEmpty() ? null : new KldMatrixChart(theme).create(matrix);
                return matrix;
            }

            @Override
            protected void succeeded() {
                relatedness.set(getValue());
                relatednessChart.set(chart);
                relatednessStale.set(false);
            }
        };
        task.setOnSucceeded(event -> {
            String note = usable.size() < 2 ? "Relatedness needs two domains that load and keep users after their filter"
                    : "KLD of " + usable.size() + " domains (" + usable.size() * (usable.size() - 1) + " ordered pairs)"
                    + (skipped > 0 ? "; " + skipped + " left out (failed or no users after the filter)" : "");
            relatednessNote.set(note);
            done(note);
        });
        task.setOnFailed(event -> done("Could not compute the relatedness: " + TaskStatus.oneLine(task.getException())));
        task.setOnCancelled(event -> done("Cancelled"));
        return enqueue(task);
    }

    /**
     * Offers every loaded domain to {@code domains} too (the transfer lab's pickers): added ones are
     * appended, removed ones taken away again; the paths it held already are left alone.
     */
    public void offerTo(ObservableList<Path> domains) {
        this.labDomains = domains;
        syncLab();
    }

    // ---------------------------------------------------------------- work queue

    /** Runs {@code task} after those before it; the status follows the running one. */
    private <T extends Task<?>> T enqueue(T task) {
        queue.add(task);
        if (current == null) startNext();
        return task;
    }

    private void startNext() {
        current = queue.poll();
        if (current == null) return;
        if (!taskStatus.start(current, executor)) {
            queue.clear();
            current = null;
            refreshing = null;
            taskStatus.finish("The workbench is shutting down", 1);
        }
    }

    /** The running task has finished: show {@code message} and start the next one. */
    private void done(String message) {
        taskStatus.finish(message, 1);
        current = null;
        startNext();
    }

    // ---------------------------------------------------------------- state changes

    private void show(List<DomainRow> loaded) {
        DomainRow was = selected.get();
        rows.setAll(loaded.stream().sorted(BY_NAME).toList());
        summary.set(DomainTotals.of(rows).describe());
        if (!relatednessStale.get()) {
            relatednessStale.set(true);
            relatednessNote.set("The list has changed since this heatmap: Compute shows it for the domains listed now");
        }
        if (was != null) {
            int at = indexOf(rows, was.path());
            selected.set(at < 0 ? null : rows.get(at));
        }
        syncLab();
    }

    private void syncLab() {
        if (labDomains == null) return;
        Set<Path> present = new HashSet<>();
        for (Path path : labDomains) present.add(DomainList.key(path));
        Set<Path> listed = new HashSet<>();
        for (DomainRow row : rows) {
            Path key = DomainList.key(row.path());
            listed.add(key);
            if (!row.isFailed() && present.add(key)) {
                labDomains.add(row.path());
                offeredToLab.add(key);
            }
        }
        for (Path key : List.copyOf(offeredToLab)) {
            if (listed.contains(key)) continue;
            labDomains.removeIf(path -> DomainList.key(path).equals(key));
            offeredToLab.remove(key);
        }
    }

    private static int indexOf(List<DomainRow> list, Path path) {
        Path key = DomainList.key(path);
        for (int k = 0; k < list.size(); k++) if (DomainList.key(list.get(k).path()).equals(key)) return k;
        return -1;
    }

    /** @return the domain names, with the file name added where two domains share a name */
    static List<String> labels(List<DomainRow> rows) {
        Map<String, Integer> uses = new HashMap<>();
        for (DomainRow row : rows) uses.merge(row.name(), 1, Integer::sum);
        List<String> labels = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (DomainRow row : rows) {
            String label = uses.get(row.name()) > 1 ? stem(row.fileName()) : row.name();
            String unique = label;
            for (int k = 2; !taken.add(unique); k++) unique = label + " " + k;
            labels.add(unique);
        }
        return labels;
    }

    /** @return the file name without its extensions, e.g. {@code Office-2014} of {@code Office-2014.tsv.gz} */
    static String stem(String fileName) {
        int dot = fileName.indexOf('.', 1);
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private DomainSettings defaults() {
        return new DomainSettings(DataFormat.AUTO, filter);
    }

    private String completedMessage(List<DomainRow> loaded) {
        if (loaded.isEmpty()) return "No domain files in " + directory;
        List<DomainRow> failed = loaded.stream().filter(DomainRow::isFailed).toList();
        if (failed.isEmpty()) return "Loaded " + loaded.size() + " domains";
        return "Loaded " + (loaded.size() - failed.size()) + " of " + loaded.size() + " domains; "
                + failed.get(0).error();
    }

    private static String addedMessage(List<DomainRow> added) {
        if (added.isEmpty()) return "Nothing added: no new domain files (those listed already are kept once)";
        List<DomainRow> failed = added.stream().filter(DomainRow::isFailed).toList();
        String what = added.size() == 1 ? added.get(0).name() + " (" + added.get(0).fileName() + ")" : added.size() + " domains";
        if (failed.isEmpty()) return "Added " + what;
        return "Added " + what + "; " + failed.size() + " could not be read: " + failed.get(0).error();
    }

    private String failureMessage(Throwable problem) {
        if (problem instanceof NoSuchFileException) return "Folder not found: " + directory;
        String detail = problem == null || problem.getMessage() == null ? "" : ": " + problem.getMessage();
        return "Could not list " + directory + detail;
    }

    // ---------------------------------------------------------------- state

    /** @return the listed domains, sorted by name (read-only) */
    public ObservableList<DomainRow> rows() { return readOnlyRows; }

    /** @return the domain the editor shows; selecting one fills the edit properties */
    public ObjectProperty<DomainRow> selectedProperty() { return selected; }

    /** @return the editor's format */
    public ObjectProperty<DataFormat> editFormatProperty() { return editFormat; }

    /** @return the editor's minimum interactions per user */
    public IntegerProperty editMinUserProperty() { return editMinUser; }

    /** @return the editor's minimum interactions per item */
    public IntegerProperty editMinItemProperty() { return editMinItem; }

    /** @return the editor's k-core choice */
    public BooleanProperty editKcoreProperty() { return editKcore; }

    /** @return the last relatedness matrix computed, or null */
    public ReadOnlyObjectProperty<RelatednessMatrix> relatednessProperty() { return relatedness.getReadOnlyProperty(); }

    /** @return the heatmap of the last relatedness matrix, or null */
    public ReadOnlyObjectProperty<JFreeChart> relatednessChartProperty() { return relatednessChart.getReadOnlyProperty(); }

    /** @return whether the list has changed since the relatedness was last computed (true before the first time) */
    public ReadOnlyBooleanProperty relatednessStaleProperty() { return relatednessStale.getReadOnlyProperty(); }

    /** @return what the relatedness view shows or why it shows nothing */
    public ReadOnlyStringProperty relatednessNoteProperty() { return relatednessNote.getReadOnlyProperty(); }

    /** @return whether work is running; the commands that change the list are disabled meanwhile */
    public ReadOnlyBooleanProperty busyProperty() { return taskStatus.busy(); }

    public boolean isBusy() { return taskStatus.busy().get(); }

    /** @return progress of the running work in [0, 1], 1 when idle */
    public ReadOnlyDoubleProperty progressProperty() { return taskStatus.progress(); }

    /** @return what is happening, or what happened last (with the first error, if any) */
    public ReadOnlyStringProperty statusProperty() { return taskStatus.status(); }

    public String getStatus() { return taskStatus.status().get(); }

    /** @return the summary line, e.g. {@code 18 domains · 1,234 interactions after filter (5,678 raw)} */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public String getSummary() { return summary.get(); }

    /** @return the sample-data folder */
    public Path directory() { return directory; }

    /** @return the filter of the sample-data files and of newly added ones */
    public FilterSpec filter() { return filter; }

    /** @return the default filter in words, e.g. {@code ≥ 20 per user}, for column headers */
    public String filterLabel() {
        return DomainSettings.describe(filter);
    }
}
