package org.rectransfer.ui;

import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DataFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one listed domain is read and filtered: the settings the domain editor changes.
 *
 * @param format the file's format ({@link DataFormat#AUTO}: detected from the content)
 * @param filter which users and items to keep
 */
public record DomainSettings(DataFormat format, FilterSpec filter) {
    /** Auto-detected format and the default filter of docs/method.md (min 20 per user). */
    public static final DomainSettings DEFAULT = new DomainSettings(DataFormat.AUTO, FilterSpec.DEFAULT);

    public DomainSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(filter, "filter");
    }

    /** @return the filter in words, e.g. {@code ≥ 20 per user, k-core}, or {@code no filter} */
    public static String describe(FilterSpec filter) {
        List<String> parts = new ArrayList<>();
        if (filter.minUser() > 0) parts.add("≥ " + filter.minUser() + " per user");
        if (filter.minItem() > 0) parts.add("≥ " + filter.minItem() + " per item");
        if (filter.kcore()) parts.add("k-core");
        return parts.isEmpty() ? "no filter" : String.join(", ", parts);
    }

    /** @return e.g. {@code auto · ≥20/user ≥2/item k-core}, short enough for a table column */
    public String brief() {
        List<String> parts = new ArrayList<>();
        parts.add(format.cliName());
        if (filter.minUser() > 0) parts.add("≥" + filter.minUser() + "/user");
        if (filter.minItem() > 0) parts.add("≥" + filter.minItem() + "/item");
        if (filter.kcore()) parts.add("k-core");
        if (parts.size() == 1) parts.add("no filter");
        return parts.get(0) + " · " + String.join(" ", parts.subList(1, parts.size()));
    }

    /** @return e.g. {@code auto · ≥ 20 per user}, for status lines */
    public String describe() {
        return format.cliName() + " · " + describe(filter);
    }
}
