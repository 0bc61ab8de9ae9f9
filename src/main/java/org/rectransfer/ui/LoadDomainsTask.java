package org.rectransfer.ui;

import javafx.concurrent.Task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Background work of the domains screen: lists the data files of the sample-data folder, adds
 * the domains saved in the workspace and those added in this session, and summarises each one
 * with its settings, reporting progress. A file that fails becomes an error row; the others
 * still load. An unreadable folder fails the task only when nothing else is listed.
 */
final class LoadDomainsTask extends Task<List<DomainRow>> {
    private final Path directory;
    private final DomainSettings defaults;
    private final DomainList saved;
    private final Map<Path, DomainSettings> session;
    private final Set<Path> removed;

    /**
     * @param directory the sample-data folder
     * @param defaults  the settings of its files and of files not saved otherwise
     * @param saved     the workspace's list
     * @param session   the domains added or changed in this session, by key
     * @param removed   the domains taken off the list in this session, by key
     */
    LoadDomainsTask(Path directory, DomainSettings defaults, DomainList saved, Map<Path, DomainSettings> session,
                    Set<Path> removed) {
        this.directory = directory;
        this.defaults = defaults;
        this.saved = saved;
        this.session = Map.copyOf(session);
        this.removed = Set.copyOf(removed);
    }

    @Override
    protected List<DomainRow> call() throws Exception {
        updateMessage("Looking for domain files in " + directory);
        Map<Path, Path> shownAs = new LinkedHashMap<>();
        Map<Path, DomainSettings> entries = new LinkedHashMap<>();
        IOException folderProblem = null;
        try {
            for (Path file : DomainFiles.in(directory)) {
                shownAs.put(DomainList.key(file), file);
                entries.put(DomainList.key(file), defaults);
            }
        } catch (IOException e) {
            folderProblem = e;
        }
        entries.putAll(saved.load());
        entries.putAll(session);
        entries.keySet().removeAll(removed);
        if (entries.isEmpty() && folderProblem != null) throw folderProblem;
        List<DomainRow> rows = new ArrayList<>(entries.size());
        int k = 0;
        for (Map.Entry<Path, DomainSettings> entry : entries.entrySet()) {
            if (isCancelled()) break;
            Path file = shownAs.getOrDefault(entry.getKey(), entry.getKey());
            updateMessage("Loading " + file.getFileName() + " (" + (k + 1) + " of " + entries.size() + ")");
            updateProgress(k++, entries.size());
            rows.add(DomainSummarizer.summarize(file, entry.getValue()));
        }
        updateProgress(entries.size(), entries.size());
        return rows;
    }
}
