package org.rectransfer.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.RunStatus;
import org.rectransfer.store.RunRow;

/**
 * The Runs screen's filters: by domain, kind and status (each with a choice that filters nothing)
 * and by a text, ignoring case. The domains offered are those of the runs read, so the choice
 * follows the workspace; kinds and statuses are every value there is. FX thread only.
 */
final class RunFilters {
    private final ObservableList<String> domains = FXCollections.observableArrayList(RunsViewModel.ALL_DOMAINS);
    private final ObservableList<String> kinds = FXCollections.observableArrayList(RunsViewModel.ALL_KINDS);
    private final ObservableList<String> statuses = FXCollections.observableArrayList(RunsViewModel.ALL_STATUSES);
    private final StringProperty domain;
    private final StringProperty kind;
    private final StringProperty status;
    private final StringProperty search;

    /**
     * @param bean    the view model whose properties these are
     * @param changed called whenever a filter changes
     */
    RunFilters(Object bean, Runnable changed) {
        domain = new SimpleStringProperty(bean, "domain", RunsViewModel.ALL_DOMAINS);
        kind = new SimpleStringProperty(bean, "kind", RunsViewModel.ALL_KINDS);
        status = new SimpleStringProperty(bean, "status", RunsViewModel.ALL_STATUSES);
        search = new SimpleStringProperty(bean, "search", "");
        for (RunKind value : RunKind.values()) kinds.add(value.stored());
        for (RunStatus value : RunStatus.values()) statuses.add(value.stored());
        for (StringProperty filter : List.of(domain, kind, status, search)) {
            filter.addListener((o, before, after) -> changed.run());
        }
    }

    /** Offers the domains of {@code read}, keeping the domain chosen if it is still among them. */
    void offerDomainsOf(List<RunRow> read) {
        Set<String> named = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        read.forEach(run -> named.add(run.domain()));
        String keptDomain = domain.get();
        domains.setAll(RunsViewModel.ALL_DOMAINS);
        domains.addAll(named);
        domain.set(domains.contains(keptDomain) ? keptDomain : RunsViewModel.ALL_DOMAINS);
    }

    /** @return which runs the filters, as they are now, let through */
    Predicate<RunRow> predicate() {
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        String domainChoice = domain.get();
        String kindChoice = kind.get();
        String statusChoice = status.get();
        return run -> (domainChoice == null || domainChoice.equals(RunsViewModel.ALL_DOMAINS) || run.domain().equals(domainChoice))
                && (kindChoice == null || kindChoice.equals(RunsViewModel.ALL_KINDS) || run.kind().stored().equals(kindChoice))
                && (statusChoice == null || statusChoice.equals(RunsViewModel.ALL_STATUSES) || run.status().stored().equals(statusChoice))
                && (text.isEmpty() || searchable(run).contains(text));
    }

    /** @return what the text search looks in: id, kind, domain, plan, status, data file, source, sweeps, error */
    private static String searchable(RunRow run) {
        return String.join(" ", run.id(), run.kind().stored(), run.domain(), String.valueOf(run.plan()), run.status().stored(),
                String.valueOf(run.dataFile()), String.valueOf(run.sourceRun()), String.join(" ", run.sweeps()),
                String.valueOf(run.error())).toLowerCase(Locale.ROOT);
    }

    ObservableList<String> domains() { return domains; }
    ObservableList<String> kinds() { return kinds; }
    ObservableList<String> statuses() { return statuses; }
    StringProperty domainProperty() { return domain; }
    StringProperty kindProperty() { return kind; }
    StringProperty statusProperty() { return status; }
    StringProperty searchProperty() { return search; }
}
