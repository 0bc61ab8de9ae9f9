package org.rectransfer.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.jfree.chart.JFreeChart;
import org.rectransfer.analysis.NamedHistogram;
import org.rectransfer.analysis.RelatednessMatrix;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.KldMatrixChart;

/**
 * The domains screen's Relatedness sub-tab: the KLD of every ordered pair of the listed domains
 * (Eq. 8) and its heatmap, what the tab says about them, and whether the list has changed since.
 * The work runs on the screen's {@link DomainWorkQueue}; the properties change on the FX thread only.
 */
final class DomainRelatedness {
    private final DomainWorkQueue work;
    private final ReadOnlyObjectWrapper<RelatednessMatrix> relatedness;
    private final ReadOnlyObjectWrapper<JFreeChart> chart;
    private final ReadOnlyStringWrapper note;
    private final ReadOnlyBooleanWrapper stale;

    /** @param bean the view model whose properties these are */
    DomainRelatedness(Object bean, DomainWorkQueue work) {
        this.work = work;
        relatedness = new ReadOnlyObjectWrapper<>(bean, "relatedness");
        chart = new ReadOnlyObjectWrapper<>(bean, "relatednessChart");
        note = new ReadOnlyStringWrapper(bean, "relatednessNote", "Compute the relatedness of the listed domains");
        stale = new ReadOnlyBooleanWrapper(bean, "relatednessStale", true);
    }

    /** @see DomainsViewModel#computeRelatedness() */
    Task<RelatednessMatrix> compute(List<DomainRow> rows, Comparator<DomainRow> order) {
        List<DomainRow> usable = rows.stream().filter(r -> !r.isFailed() && r.filtered().users() > 0)
                .sorted(order).toList();
        int skipped = rows.size() - usable.size();
        ChartTheme theme = ChartTheme.screen();
        Task<RelatednessMatrix> task = new Task<>() {
            private JFreeChart drawn;

            @Override
            protected RelatednessMatrix call() {
                updateMessage("Computing the KLD of " + usable.size() * Math.max(0, usable.size() - 1) + " ordered pairs");
                List<String> labels = labels(usable);
                List<NamedHistogram> histograms = new ArrayList<>();
                for (int k = 0; k < usable.size(); k++) histograms.add(new NamedHistogram(labels.get(k), usable.get(k).histogram()));
                RelatednessMatrix matrix = RelatednessMatrix.of(histograms);
                drawn = usable.isEmpty() ? null : new KldMatrixChart(theme).create(matrix);
                return matrix;
            }

            @Override
            protected void succeeded() {
                relatedness.set(getValue());
                chart.set(drawn);
                stale.set(false);
            }
        };
        task.setOnSucceeded(event -> {
            String said = usable.size() < 2 ? "Relatedness needs two domains that load and keep users after their filter"
                    : "KLD of " + usable.size() + " domains (" + usable.size() * (usable.size() - 1) + " ordered pairs)"
                    + (skipped > 0 ? "; " + skipped + " left out (failed or no users after the filter)" : "");
            note.set(said);
            work.done(said);
        });
        task.setOnFailed(event -> work.failed("Could not compute the relatedness: " + TaskStatus.oneLine(task.getException())));
        task.setOnCancelled(event -> work.done("Cancelled"));
        return work.enqueue(task);
    }

    /** The list has changed: the heatmap shown is of other domains (said once, until computed again). */
    void listChanged() {
        if (!stale.get()) {
            stale.set(true);
            note.set("The list has changed since this heatmap: Compute shows it for the domains listed now");
        }
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

    ReadOnlyObjectProperty<RelatednessMatrix> relatednessProperty() { return relatedness.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<JFreeChart> chartProperty() { return chart.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }
    ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
}
