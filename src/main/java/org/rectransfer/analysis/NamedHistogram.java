package org.rectransfer.analysis;

import java.util.Objects;

import org.rectransfer.data.ActivityHistogram;
import org.rectransfer.data.Dataset;

/**
 * A domain's activity histogram with its name, an entry of a {@link RelatednessMatrix}.
 *
 * @param name      the domain name
 * @param histogram its interactions-per-user histogram
 */
public record NamedHistogram(String name, ActivityHistogram histogram) {

    /** Checks that both parts are present. */
    public NamedHistogram {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(histogram, "histogram");
    }

    /** @return the named histogram of {@code data} */
    public static NamedHistogram of(Dataset data) {
        return new NamedHistogram(data.name(), ActivityHistogram.of(data));
    }
}
