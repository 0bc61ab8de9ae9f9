package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.study.DomainReading;

/**
 * Keeps the transfer lab's list of domain files in step with the domains screen: every loaded
 * domain is offered, and those offered here are taken away again when they leave the list. Paths
 * the lab held before are left alone, as they are not this screen's to remove. Each offered
 * domain's format and filter go with it, so that the lab trains on what this screen shows. FX
 * thread only.
 */
final class LabDomainsOffer {
    private ObservableList<Path> labDomains;
    private ObservableMap<Path, DomainReading> labReadings = FXCollections.observableHashMap();
    private final Set<Path> offeredToLab = new HashSet<>();

    /**
     * @param domains  the lab's pickers' list, kept in step from now on
     * @param readings the lab's format and filter per domain (keyed by {@link DomainList#key}), kept in step too
     */
    void offerTo(ObservableList<Path> domains, ObservableMap<Path, DomainReading> readings, List<DomainRow> rows) {
        this.labDomains = domains;
        this.labReadings = readings;
        sync(rows);
    }

    /** Adds the loaded domains of {@code rows} not offered yet, removes those offered that are gone. */
    void sync(List<DomainRow> rows) {
        if (labDomains == null) return;
        Set<Path> present = new HashSet<>();
        for (Path path : labDomains) present.add(DomainList.key(path));
        Set<Path> listed = new HashSet<>();
        for (DomainRow row : rows) {
            Path key = DomainList.key(row.path());
            listed.add(key);
            if (!row.isFailed()) labReadings.put(key, reading(row.settings()));
            if (!row.isFailed() && present.add(key)) {
                labDomains.add(row.path());
                offeredToLab.add(key);
            }
        }
        for (Path key : List.copyOf(offeredToLab)) {
            if (listed.contains(key)) continue;
            labDomains.removeIf(path -> DomainList.key(path).equals(key));
            labReadings.remove(key);
            offeredToLab.remove(key);
        }
    }

    /** @return how the lab reads a domain the screen lists with {@code settings} */
    static DomainReading reading(DomainSettings settings) {
        return new DomainReading(new ReadOptions(settings.format(), Double.NaN, false), settings.filter());
    }
}
