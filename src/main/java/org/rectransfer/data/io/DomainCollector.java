package org.rectransfer.data.io;

import org.rectransfer.data.BadInputException;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.DatasetBuilder;
import org.rectransfer.data.InteractionSink;

import java.nio.file.Path;

/**
 * What every reader feeds while it reads one file, whether line by line or not: the dataset
 * being built (behind the minimum-rating filter), the records read (data lines; a JSON map's
 * user entries) and the malformed ones, skipped or fatal as {@link ReadOptions} say.
 * {@link #finish} turns them into a {@link LoadedDomain}, or explains why there is nothing.
 */
final class DomainCollector {
    private final Path file;
    private final ReadOptions options;
    private final String recordsName;
    private final DatasetBuilder builder;
    private final RatingFilterSink sink;
    private final BadLineTally bad;
    private long records;

    /** @param recordsName what a record is, plural, for messages: {@code data lines} */
    DomainCollector(DomainSource source, ReadOptions options, String recordsName) {
        this.file = source.path();
        this.options = options;
        this.recordsName = recordsName;
        this.builder = new DatasetBuilder(source.name());
        this.sink = new RatingFilterSink(builder, options.minRating());
        this.bad = new BadLineTally(file);
    }

    /** @return where the interactions go */
    InteractionSink sink() { return sink; }

    /** Counts one record, good or bad. */
    void record() { records++; }

    /** @return the records counted so far */
    long records() { return records; }

    /** @return the malformed records skipped so far */
    long badRecords() { return bad.count(); }

    /**
     * A malformed record: the end of the read, or with {@link ReadOptions#skipBadLines()}
     * counted and skipped.
     *
     * @throws BadInputException naming the file and {@code line} unless skipping
     */
    void bad(long line, String problem) {
        if (!options.skipBadLines()) throw new BadInputException(file, line, problem);
        bad.add(line, problem);
    }

    /**
     * @param format       the format read
     * @param noRecords    the problem when the file held no record at all, e.g. only a header
     * @param warning      a note on the read for the user, or null
     * @throws BadInputException when no interaction was read
     */
    LoadedDomain finish(DataFormat format, String noRecords, String warning) {
        requireInteractions(noRecords);
        Dataset dataset = builder.build();
        ReadReport report = new ReadReport(format, records, bad.count(), bad.firstMessage(),
                sink.belowMinRating(), builder.added() - (long) dataset.interactions(), warning);
        return new LoadedDomain(dataset, report);
    }

    /** An empty domain is useless downstream and almost always a mistake: say why it is empty. */
    private void requireInteractions(String noRecords) {
        if (builder.added() > 0) return;
        if (records == 0) throw new BadInputException(file, 0, noRecords);
        if (bad.count() == records) throw bad.allBad(recordsName);
        if (sink.belowMinRating() > 0) {
            throw new BadInputException(file, 0, "no interactions with a rating >= " + options.minRating());
        }
        // Only adjacency lists and JSON maps have records without interactions: users with no item.
        String skipped = bad.count() == 0 ? "" : " (and " + bad.count() + " bad " + recordsName + " skipped)";
        throw new BadInputException(file, 0, "no interactions: no user has an item" + skipped);
    }
}
