package org.rectransfer.study;

import java.util.Objects;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.ReadOptions;

/**
 * How a domain file is read and which users and items its filter keeps: the settings a user
 * gives each domain of the workbench's list, which the lab must train with.
 *
 * @param read   the file's format and reading options
 * @param filter which users and items to keep
 */
public record DomainReading(ReadOptions read, FilterSpec filter) {
    /** Auto-detected format, every line required valid, the default filter (min 20 per user). */
    public static final DomainReading DEFAULT = new DomainReading(ReadOptions.DEFAULT, FilterSpec.DEFAULT);

    public DomainReading {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(filter, "filter");
    }
}
