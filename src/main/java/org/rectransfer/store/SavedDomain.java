package org.rectransfer.store;

import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DataFormat;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A domain file the user added to the workbench's list, with how to read and filter it; one row
 * of the workspace's {@code domains} table (docs/workspace.md).
 *
 * @param path    the file, absolute
 * @param name    the domain name shown
 * @param format  how to read it ({@link DataFormat#AUTO}: detected)
 * @param filter  which users and items to keep
 * @param addedAt when it was first added (ISO-8601 instant)
 */
public record SavedDomain(Path path, String name, DataFormat format, FilterSpec filter, String addedAt) {
    public SavedDomain {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
