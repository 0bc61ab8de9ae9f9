package org.rectransfer.data.io;

import org.rectransfer.data.BadInputException;
import org.rectransfer.data.io.LineSource.NumberedLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a domain file of any supported format into a {@link LoadedDomain}, streaming: memory
 * grows with the interactions kept, never with the file size.
 *
 * <p>With {@link DataFormat#AUTO} the start of the content decides (see {@link FormatDetector}):
 * a JSON object of item lists is a JSON map; a JSON object with {@code reviewerID} and
 * {@code asin} is Amazon JSON lines; a typed header ({@code user_id:token}) or a {@code .inter}
 * name is RecBole; lines of integers of varying count are adjacency lists; exactly 4
 * comma-separated columns {@code item,user,5.0,1123804800} (rating in [0, 5] with a decimal
 * point, 9-10 digit time) is the Amazon ratings CSV, unless the ids show Amazon's user-first 2014
 * layout; anything else of 2 or more columns is delimited (tab, {@code ::}, comma or whitespace;
 * header optional, roles from known names or by position). The order key is the time column,
 * else the position in a list, else the line number; a time must be an integer. Malformed lines
 * are errors, or with {@link ReadOptions#skipBadLines()} counted and skipped; faults of the file
 * as a whole (missing, directory, empty, binary, truncated or corrupt gzip, unknown format,
 * invalid JSON, nothing left to read) are always errors.
 */
public final class DomainLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DomainLoader.class);

    /**
     * Lines looked at before reading: the first decides most formats, the second a date column,
     * and adjacency lists show themselves by a varying count over several.
     */
    private static final int HEAD_LINES = 20;

    private DomainLoader() { }

    /**
     * Streams {@code source} (gzip handled transparently) into a dataset named after it.
     *
     * @throws BadInputException for a missing, empty, binary, truncated or malformed file, and
     *                           for a file that yields no interaction; the only exception thrown
     */
    public static LoadedDomain load(DomainSource source, ReadOptions options) {
        long begin = System.nanoTime();
        LoadedDomain loaded = readFile(source, options);
        if (LOG.isInfoEnabled()) {
            // The report's warning and bad lines are the caller's to show: data stats prints them, others log them.
            ReadReport report = loaded.report();
            LOG.info("read {} as {} ({}) in {} s: {} lines, {} interactions of {} users and {} items",
                    source.path(), report.format().cliName(), options.format() == DataFormat.AUTO ? "detected" : "as asked",
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - begin) / 1e9), report.lines(),
                    loaded.dataset().interactions(), loaded.dataset().users(), loaded.dataset().items());
            LOG.debug("read {}: {} bad lines skipped, {} below the minimum rating, {} duplicates merged",
                    source.path(), report.badLines(), report.belowMinRating(), report.duplicates());
        }
        return loaded;
    }

    private static LoadedDomain readFile(DomainSource source, ReadOptions options) {
        Path file = source.path();
        Objects.requireNonNull(options.format(), "options.format");
        try (LineSource lines = InputOpener.open(file)) {
            String start = lines.peekStart(ContentSniffer.WINDOW);
            DataFormat format = options.format();
            if (format == DataFormat.AUTO && FormatDetector.isJsonMap(start)) format = DataFormat.JSON_MAP;
            if (format == DataFormat.JSON_MAP) return JsonMapReader.read(source, options, lines.characters());
            List<NumberedLine> head = lines.peekNonBlank(HEAD_LINES);
            if (head.isEmpty()) throw new BadInputException(file, 0, "empty file: no interactions");
            if (format == DataFormat.AUTO) format = FormatDetector.detect(file, head);
            LineParser parser = parser(format, file, head, lines);
            DomainCollector collector = new DomainCollector(source, options, "data lines");
            read(parser, lines, collector);
            String warning = format == DataFormat.DELIMITED ? YieldCheck.delimited(file, collector, start, head) : null;
            return collector.finish(format, "no interactions: only a header line", warning);
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // A reader bug must still surface as the one exception callers handle, naming the file.
            throw new BadInputException(file, 0, "cannot read: " + e);
        }
    }

    private static LineParser parser(DataFormat format, Path file, List<NumberedLine> head, LineSource lines) {
        return switch (format) {
            case AMAZON_JSON -> new AmazonJsonParser();
            case AMAZON_CSV -> new DelimitedParser(DelimitedLayout.amazonCsv());
            case ADJACENCY -> new AdjacencyParser();
            case RECBOLE -> {
                DelimitedLayout layout = RecBoleHeader.layout(file, head.get(0));
                lines.skipThrough(head.get(0).number());
                yield new DelimitedParser(layout);
            }
            case DELIMITED, AUTO -> {
                DelimitedLayout layout = DelimitedLayout.detect(file, head);
                if (layout.header()) lines.skipThrough(head.get(0).number());
                yield new DelimitedParser(layout);
            }
            case JSON_MAP -> throw new IllegalStateException("a JSON map is not read line by line");
        };
    }

    private static void read(LineParser parser, LineSource lines, DomainCollector collector) {
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) continue;
            collector.record();
            try {
                parser.parse(line, lines.lineNumber(), collector.sink());
            } catch (BadLineException e) {
                collector.bad(lines.lineNumber(), e.getMessage());
            }
        }
    }
}
