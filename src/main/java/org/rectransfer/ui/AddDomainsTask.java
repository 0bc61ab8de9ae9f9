package org.rectransfer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.concurrent.Task;

/**
 * The domains screen's add work: every given file, and every domain file directly in each given
 * folder, that is not listed yet is read with {@code settings} and saved in the workspace's list.
 * Files listed already are skipped here, off the FX thread, so a big folder adds only what is new.
 */
final class AddDomainsTask extends Task<List<DomainRow>> {
    private final List<Path> given;
    private final Set<Path> listed;
    private final DomainSettings settings;
    private final DomainList saved;

    /** @param listed the keys ({@link DomainList#key}) of the domains listed when the work was asked for */
    AddDomainsTask(List<Path> given, Set<Path> listed, DomainSettings settings, DomainList saved) {
        this.given = List.copyOf(given);
        this.listed = listed;
        this.settings = settings;
        this.saved = saved;
    }

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
}
