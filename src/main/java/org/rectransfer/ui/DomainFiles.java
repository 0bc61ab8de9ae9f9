package org.rectransfer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the domain data files in a directory, such as the repository's {@code sample-data/}. */
final class DomainFiles {
    /** Extensions of the formats the readers understand, each also accepted gzipped. */
    private static final List<String> EXTENSIONS = List.of(".tsv", ".csv", ".txt", ".dat", ".json", ".jsonl");

    private DomainFiles() { }

    /**
     * @return the data files directly in {@code directory}, sorted by file name
     * @throws IOException when the directory cannot be listed
     */
    static List<Path> in(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .filter(DomainFiles::isDataFile)
                    .sorted()
                    .toList();
        }
    }

    /** @return whether {@code file}'s name marks it as a domain data file */
    static boolean isDataFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) return false;
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return EXTENSIONS.stream().anyMatch(plain::endsWith);
    }
}
