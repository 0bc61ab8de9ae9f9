package org.rectransfer.ui;

import org.rectransfer.data.ActivityHistogram;
import org.rectransfer.data.DomainStats;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One line of the domains table: a domain file with its statistics before and after its
 * filter, or the one-line error that kept it from loading.
 *
 * @param name      the domain name (from the file name)
 * @param role      source or target
 * @param fileName  the file the domain was read from
 * @param raw       statistics as read, or null when loading failed
 * @param filtered  statistics after the filter, or null when loading failed
 * @param readNote  what reading did, e.g. {@code delimited · 3 duplicates merged}; null when loading failed
 * @param error     the one-line error, or null when the domain loaded
 * @param path      the file, as listed
 * @param settings  the format and filter it was read with
 * @param histogram per-user activity after the filter (for the relatedness matrix), or null when loading failed
 */
public record DomainRow(String name, DomainRole role, String fileName,
                        DomainStats raw, DomainStats filtered, String readNote, String error,
                        Path path, DomainSettings settings, ActivityHistogram histogram) {

    public DomainRow {
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(path);
        Objects.requireNonNull(settings);
        if ((error == null) == (raw == null || filtered == null)) {
            throw new IllegalArgumentException("a row has either both statistics or an error");
        }
    }

    /** @return the row of a domain that loaded */
    public static DomainRow loaded(Path path, DomainSettings settings, DomainStats raw, DomainStats filtered,
                                   String readNote, ActivityHistogram histogram) {
        return new DomainRow(raw.name(), DomainRole.of(raw.name()), fileName(path), raw, filtered, readNote, null,
                path, settings, histogram);
    }

    /** @return the row of a domain whose file could not be read */
    public static DomainRow failed(Path path, DomainSettings settings, String name, String error) {
        return new DomainRow(name, DomainRole.of(name), fileName(path), null, null, null, error, path, settings, null);
    }

    private static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /** @return whether loading this domain failed */
    public boolean isFailed() {
        return error != null;
    }

    /** @return the error of a failed row, else what reading did */
    public String notes() {
        return isFailed() ? error : readNote;
    }
}
