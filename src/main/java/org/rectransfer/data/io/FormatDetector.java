package org.rectransfer.data.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.rectransfer.data.BadInputException;
import org.rectransfer.data.io.LineSource.NumberedLine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses a format when the user asked for {@link DataFormat#AUTO}.
 * <ol>
 * <li>{@link DataFormat#JSON_MAP} when the text starts with {@code {} and the object's first
 *     value is a list ({@link #isJsonMap}). This is decided on the first 8 KB of characters
 *     before any line is read: a JSON map is often one line for the whole file.</li>
 * <li>Then the first non-blank line: one starting with {@code {} is {@link DataFormat#AMAZON_JSON}
 *     when it is one JSON object with top-level {@code reviewerID} and {@code asin}; any other
 *     JSON is an unknown format. A line starting with {@code <} (XML, HTML) or {@code [} (a JSON
 *     array) is an unknown format.</li>
 * <li>{@link DataFormat#RECBOLE} when every tab-separated field of the first line is a typed
 *     {@code name:type} ({@code user_id:token}), or the file is named {@code *.inter[.gz]}.</li>
 * <li>{@link DataFormat#ADJACENCY} when the first non-blank lines (up to those looked at) hold
 *     only unsigned integers separated by spaces (no tab, no header) and not all the same number
 *     of them: a delimited file has the same columns on every line. A file whose first lines all
 *     happen to list the same number of items is read as delimited; force the format then.</li>
 * <li>{@link DataFormat#AMAZON_CSV} when the line is exactly 4 comma-separated columns (no tab,
 *     no {@code ::}), the 3rd a rating in [0, 5] written with a decimal point ({@code 5.0}) and
 *     the 4th a 9 or 10 digit unix time. Amazon's 2018 CSV puts the item first; a plain
 *     {@code user,item,rating,time} file written the same way cannot be told apart by its numbers,
 *     so one more rule uses the shape of Amazon ids: when the 2nd column looks like an ASIN (10
 *     characters, digits and capitals) and the 1st does not, the line is user first (Amazon's
 *     2014 ratings CSV) and read as delimited. Force a format to override.</li>
 * <li>Otherwise {@link DataFormat#DELIMITED} when the line has 2 or more columns (see
 *     {@link Separator#detect} and {@link DelimitedLayout}); a single column is an unknown format.</li>
 * </ol>
 */
final class FormatDetector {
    private static final String EXPECTED = " (expected Amazon JSON lines, a JSON map of users to item lists,"
            + " Amazon ratings CSV, RecBole .inter, adjacency lists or delimited user/item columns)";

    private FormatDetector() { }

    /** @return the line format of a file whose first non-blank line is {@code first} */
    static DataFormat detect(Path file, NumberedLine first) {
        return detect(file, List.of(first));
    }

    /** @return the line format of a file whose first non-blank lines are {@code head} (at least one) */
    static DataFormat detect(Path file, List<NumberedLine> head) {
        NumberedLine first = head.get(0);
        String line = first.text().strip();
        if (line.startsWith("{")) {
            if (isAmazonJson(line)) return DataFormat.AMAZON_JSON;
            throw unknown(file, first, "a JSON line without reviewerID and asin, nor a JSON map of users to item lists");
        }
        if (line.startsWith("<")) throw unknown(file, first, "looks like XML or HTML");
        if (line.startsWith("[")) throw unknown(file, first, "a JSON array, not JSON lines");
        if (RecBoleHeader.isTyped(line) || isInterFile(file)) return DataFormat.RECBOLE;
        if (isAdjacency(head)) return DataFormat.ADJACENCY;
        if (isAmazonCsv(line)) return DataFormat.AMAZON_CSV;
        if (Separator.detect(line).split(line, new int[0]) >= 2) return DataFormat.DELIMITED;
        throw unknown(file, first, "a single column");
    }

    /**
     * @return the format the content looks like ({@code start}: its first characters, {@code head}:
     *         its first non-blank lines), or null when no format fits; never throws
     */
    static DataFormat guess(Path file, String start, List<NumberedLine> head) {
        if (isJsonMap(start)) return DataFormat.JSON_MAP;
        if (head.isEmpty()) return null;
        try {
            return detect(file, head);
        } catch (BadInputException e) {
            return null;
        }
    }

    private static BadInputException unknown(Path file, NumberedLine line, String what) {
        return new BadInputException(file, line.number(), "unknown format: " + what + EXPECTED);
    }

    /**
     * @param start the first characters of a file, cut anywhere
     * @return whether they open a JSON object whose first value is a list, and the first line is
     *         not an Amazon review (whose fields could in principle start with a list). Later
     *         values are not looked at: one malformed entry is the reader's to report, with its
     *         line, not a reason to call the file an unknown format.
     */
    static boolean isJsonMap(String start) {
        if (!start.stripLeading().startsWith("{")) return false;
        try (JsonParser json = new JsonFactory().createParser(start)) {
            if (json.nextToken() != JsonToken.START_OBJECT || json.nextToken() != JsonToken.FIELD_NAME
                    || json.nextToken() != JsonToken.START_ARRAY) {
                return false;
            }
        } catch (IOException e) {
            return false; // not JSON, or cut before the first value
        }
        int newline = start.indexOf('\n');
        return newline < 0 || !isAmazonJson(start.substring(0, newline).strip());
    }

    /** @return whether {@code file} is named like a RecBole interaction file, {@code .inter[.gz]} */
    static boolean isInterFile(Path file) {
        Path name = file.getFileName();
        if (name == null) return false;
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".inter") || lower.endsWith(".inter.gz");
    }

    /** @return whether {@code head} are lines of space-separated unsigned integers of varying count */
    static boolean isAdjacency(List<NumberedLine> head) {
        int[] bounds = new int[0];
        int firstCount = -1;
        boolean varies = false;
        for (NumberedLine line : head) {
            String text = line.text();
            if (text.indexOf('\t') >= 0) return false;
            int count = Separator.WHITESPACE.split(text, bounds);
            if (2 * count > bounds.length) {
                bounds = new int[2 * count];
                Separator.WHITESPACE.split(text, bounds);
            }
            for (int k = 0; k < count; k++) {
                if (!AdjacencyParser.isUnsignedInteger(text, bounds[2 * k], bounds[2 * k + 1])) return false;
            }
            if (firstCount < 0) firstCount = count;
            varies |= count != firstCount;
        }
        return varies;
    }

    /** @return whether {@code line} is one JSON object with top-level reviewerID and asin */
    static boolean isAmazonJson(String line) {
        Set<String> names = new HashSet<>();
        try (JsonParser json = new JsonFactory().createParser(line)) {
            if (json.nextToken() != JsonToken.START_OBJECT) return false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                names.add(json.currentName());
                json.nextToken();
                json.skipChildren();
            }
            return json.nextToken() == null && names.contains("reviewerID") && names.contains("asin");
        } catch (IOException e) {
            return false;
        }
    }

    /** @return whether {@code line} matches the Amazon ratings CSV rule of this class */
    static boolean isAmazonCsv(String line) {
        if (line.indexOf('\t') >= 0 || line.contains("::")) return false;
        int[] bounds = new int[8];
        if (Separator.COMMA.split(line, bounds) != 4) return false;
        String first = line.substring(bounds[0], bounds[1]);
        String second = line.substring(bounds[2], bounds[3]);
        String rating = line.substring(bounds[4], bounds[5]);
        String time = line.substring(bounds[6], bounds[7]);
        return !first.isEmpty() && !second.isEmpty() && isStarRating(rating) && isUnixTime(time)
                && !(looksLikeAsin(second) && !looksLikeAsin(first));
    }

    private static boolean isStarRating(String text) {
        if (text.indexOf('.') < 0 || !Fields.isNumber(text)) return false;
        double value = Double.parseDouble(text);
        return value >= 0 && value <= 5;
    }

    private static boolean isUnixTime(String text) {
        return (text.length() == 9 || text.length() == 10) && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean looksLikeAsin(String id) {
        return id.length() == 10 && id.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z');
    }
}
