package org.rectransfer.ui;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The domains screen's status lines after loading or adding domains, with the first error if any. */
final class DomainMessages {
    private DomainMessages() { }

    static String completed(Path directory, List<DomainRow> loaded) {
        if (loaded.isEmpty()) return "No domain files in " + directory;
        List<DomainRow> failed = loaded.stream().filter(DomainRow::isFailed).toList();
        if (failed.isEmpty()) return "Loaded " + loaded.size() + " domains";
        return "Loaded " + (loaded.size() - failed.size()) + " of " + loaded.size() + " domains; "
                + failed.get(0).error();
    }

    static String added(List<DomainRow> added) {
        if (added.isEmpty()) return "Nothing added: no new domain files (those listed already are kept once)";
        List<DomainRow> failed = added.stream().filter(DomainRow::isFailed).toList();
        String what = added.size() == 1 ? added.get(0).name() + " (" + added.get(0).fileName() + ")" : added.size() + " domains";
        if (failed.isEmpty()) return "Added " + what;
        return "Added " + what + "; " + failed.size() + " could not be read: " + failed.get(0).error();
    }

    static String failure(Path directory, Throwable problem) {
        if (problem instanceof NoSuchFileException) return "Folder not found: " + directory;
        String detail = problem == null || problem.getMessage() == null ? "" : ": " + problem.getMessage();
        return "Could not list " + directory + detail;
    }
}
