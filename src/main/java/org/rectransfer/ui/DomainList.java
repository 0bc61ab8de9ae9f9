package org.rectransfer.ui;

import org.rectransfer.store.SavedDomain;
import org.rectransfer.store.SavedDomains;
import org.rectransfer.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The domains screen's list in the workspace ({@code store.SavedDomains}): read on start, written
 * when a domain is added, changed or removed. Plain Java, called from background tasks only; with
 * no workspace folder (tests of the folder alone) it keeps nothing.
 */
final class DomainList {
    private final Path workspaceDir;

    /** @param workspaceDir the workspace folder, or null to keep the list in memory only */
    DomainList(Path workspaceDir) {
        this.workspaceDir = workspaceDir;
    }

    /** @return the saved domains with their settings, in the order they were added; none when there is no workspace yet */
    Map<Path, DomainSettings> load() {
        Map<Path, DomainSettings> saved = new LinkedHashMap<>();
        if (workspaceDir == null || !Files.isRegularFile(workspaceDir.resolve("workspace.db"))) return saved;
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            for (SavedDomain domain : SavedDomains.list(workspace)) {
                saved.put(key(domain.path()), new DomainSettings(domain.format(), domain.filter()));
            }
        }
        return saved;
    }

    /** Saves each domain with its settings (creating the workspace if needed). */
    void save(List<DomainRow> rows) {
        if (workspaceDir == null || rows.isEmpty()) return;
        String now = Instant.now().toString();
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            for (DomainRow row : rows) {
                SavedDomains.save(workspace, new SavedDomain(key(row.path()), row.name(), row.settings().format(),
                        row.settings().filter(), now));
            }
        }
    }

    /** Takes {@code path} off the saved list; the file is left alone. */
    void remove(Path path) {
        if (workspaceDir == null || !Files.isRegularFile(workspaceDir.resolve("workspace.db"))) return;
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            SavedDomains.remove(workspace, key(path));
        }
    }

    /** @return the form paths are compared in: absolute and normalised */
    static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
