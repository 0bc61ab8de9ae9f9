package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;

/**
 * Keeps the transfer lab's list of domain files in step with the domains screen: every loaded
 * domain is offered, and those offered here are taken away again when they leave the list. Paths
 * the lab held before are left alone, as they are not this screen's to remove. FX thread only.
 */
final class LabDomainsOffer {
    private ObservableList<Path> labDomains;
    private final Set<Path> offeredToLab = new HashSet<>();

    /** @param domains the lab's pickers' list, kept in step from now on */
    void offerTo(ObservableList<Path> domains, List<DomainRow> rows) {
        this.labDomains = domains;
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
}
