package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The domains screen's list: its rows sorted by name, their summary line, and what this session
 * changed (added, re-read with other settings, removed), which a refresh keeps so. Every change
 * goes through {@link #show}, which keeps the selection on the same file and tells the screen's
 * other parts. FX thread only.
 */
final class DomainListing {
    static final Comparator<DomainRow> BY_NAME = Comparator.comparing(DomainRow::name).thenComparing(DomainRow::fileName);

    private final ObservableList<DomainRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DomainRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary;
    /** Domains added or changed in this session, and those taken off the list, by key: a refresh keeps them so. */
    private final Map<Path, DomainSettings> session = new LinkedHashMap<>();
    private final Set<Path> removed = new HashSet<>();
    private final ObjectProperty<DomainRow> selected;
    private final Runnable beforeSelection;
    private final Consumer<List<DomainRow>> afterSelection;

    /**
     * @param bean            the view model whose properties these are
     * @param selected        the editor's selection, moved to the new row of the same file
     * @param beforeSelection called when the list has changed, before the selection moves
     * @param afterSelection  receives the rows when the list has changed, after the selection moved
     */
    DomainListing(Object bean, ObjectProperty<DomainRow> selected, Runnable beforeSelection,
            Consumer<List<DomainRow>> afterSelection) {
        this.summary = new ReadOnlyStringWrapper(bean, "summary", "");
        this.selected = selected;
        this.beforeSelection = beforeSelection;
        this.afterSelection = afterSelection;
    }

    /** Shows {@code loaded} as the list, sorted by name. */
    void show(List<DomainRow> loaded) {
        DomainRow was = selected.get();
        rows.setAll(loaded.stream().sorted(BY_NAME).toList());
        summary.set(DomainTotals.of(rows).describe());
        beforeSelection.run();
        if (was != null) {
            int at = indexOf(rows, was.path());
            selected.set(at < 0 ? null : rows.get(at));
        }
        afterSelection.accept(rows);
    }

    /** @return the keys ({@link DomainList#key}) of the domains listed now */
    Set<Path> keys() {
        Set<Path> keys = new HashSet<>();
        for (DomainRow row : rows) keys.add(DomainList.key(row.path()));
        return keys;
    }

    /**
     * Lists the domains read by an add, but those listed meanwhile (by work queued before it, a
     * refresh at start, say) only once.
     *
     * @return the rows added
     */
    List<DomainRow> add(List<DomainRow> read) {
        Set<Path> now = keys();
        List<DomainRow> added = read.stream().filter(row -> !now.contains(DomainList.key(row.path()))).toList();
        for (DomainRow row : added) {
            session.put(DomainList.key(row.path()), row.settings());
            removed.remove(DomainList.key(row.path()));
        }
        List<DomainRow> all = new ArrayList<>(rows);
        all.addAll(added);
        show(all);
        return added;
    }

    /** Takes {@code row} off the list for this session (a refresh does not bring it back). */
    void remove(DomainRow row) {
        Path key = DomainList.key(row.path());
        List<DomainRow> kept = new ArrayList<>(rows);
        kept.remove(row);
        session.remove(key);
        removed.add(key);
        show(kept);
    }

    /** Shows {@code again}, read with {@code settings}, in place of {@code row} (or added, if it has gone meanwhile). */
    void replace(DomainRow row, DomainRow again, DomainSettings settings) {
        session.put(DomainList.key(again.path()), settings);
        List<DomainRow> all = new ArrayList<>(rows);
        int at = indexOf(all, row.path());
        if (at >= 0) all.set(at, again);
        else all.add(again);
        show(all);
    }

    private static int indexOf(List<DomainRow> list, Path path) {
        Path key = DomainList.key(path);
        for (int k = 0; k < list.size(); k++) if (DomainList.key(list.get(k).path()).equals(key)) return k;
        return -1;
    }

    /** @return the rows, modifiable: for this screen's parts only */
    List<DomainRow> rows() { return rows; }
    ObservableList<DomainRow> readOnlyRows() { return readOnlyRows; }
    Map<Path, DomainSettings> session() { return session; }
    Set<Path> removed() { return removed; }
    ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
