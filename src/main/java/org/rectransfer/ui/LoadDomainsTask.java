package org.rectransfer.ui;

import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Background work of the domains screen: lists the data files of a directory and summarises
 * each one, reporting progress. A file that fails becomes an error row; the others still load.
 */
final class LoadDomainsTask extends Task<List<DomainRow>> {
    private final Path directory;
    private final DomainSummarizer summarizer;

    LoadDomainsTask(Path directory, DomainSummarizer summarizer) {
        this.directory = directory;
        this.summarizer = summarizer;
    }

    @Override
    protected List<DomainRow> call() throws Exception {
        updateMessage("Looking for domain files in " + directory);
        List<Path> files = DomainFiles.in(directory);
        List<DomainRow> rows = new ArrayList<>(files.size());
        for (int k = 0; k < files.size() && !isCancelled(); k++) {
            Path file = files.get(k);
            updateMessage("Loading " + file.getFileName() + " (" + (k + 1) + " of " + files.size() + ")");
            updateProgress(k, files.size());
            rows.add(summarizer.summarize(file));
        }
        updateProgress(files.size(), files.size());
        return rows;
    }
}
