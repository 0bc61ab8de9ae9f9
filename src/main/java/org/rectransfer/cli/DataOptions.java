package org.rectransfer.cli;

import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DataFormat;
import org.rectransfer.data.io.ReadOptions;
import picocli.CommandLine.Option;

/** The options shared by every command that reads data (docs/cli.md §Data arguments and shared options). */
public final class DataOptions {
    @Option(names = "--min-user", paramLabel = "N", description = "Keep users with at least N interactions (default: ${DEFAULT-VALUE}).")
    int minUser = 20;

    @Option(names = "--min-item", paramLabel = "N", description = "Keep items with at least N interactions (default: ${DEFAULT-VALUE}).")
    int minItem = 0;

    @Option(names = "--kcore", description = "Repeat the user and item filters until both hold.")
    boolean kcore;

    @Option(names = "--format", paramLabel = "FORMAT", converter = DataFormatConverter.class,
            description = DataFormat.NAMES + " (default: ${DEFAULT-VALUE}).")
    DataFormat format = DataFormat.AUTO;

    @Option(names = "--min-rating", paramLabel = "R", description = "Keep only ratings >= R as positives (default: keep all).")
    Double minRating;

    @Option(names = "--skip-bad-lines", description = "Skip and count malformed lines instead of stopping at the first.")
    boolean skipBadLines;

    /** @return the filter these options describe */
    public FilterSpec filter() {
        if (minUser < 0 || minItem < 0) throw new UsageException("--min-user and --min-item must be >= 0");
        return new FilterSpec(minUser, minItem, kcore);
    }

    /** @return the read options these options describe */
    public ReadOptions readOptions() {
        return new ReadOptions(format, minRating == null ? Double.NaN : minRating, skipBadLines);
    }

    /** Converts {@code --format} values, naming the accepted ones on error. */
    static final class DataFormatConverter implements picocli.CommandLine.ITypeConverter<DataFormat> {
        @Override
        public DataFormat convert(String value) {
            try {
                return DataFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
