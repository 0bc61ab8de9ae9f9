package org.rectransfer.data.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.rectransfer.data.BadInputException;
import org.rectransfer.data.io.LineSource.NumberedLine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Chooses a format from the first non-blank line when the user asked for {@link DataFormat#AUTO}.
 * <ol>
 * <li>A line starting with {@code {} is {@link DataFormat#AMAZON_JSON} when it is one JSON object
 *     with top-level {@code reviewerID} and {@code asin}; any other JSON is an unknown format.</li>
 * <li>A line starting with {@code <} (XML, HTML) or {@code [} (a JSON array) is an unknown format.</li>
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
    private static final String EXPECTED =
            " (expected Amazon JSON lines, Amazon ratings CSV or delimited user/item columns)";

    private FormatDetector() { }

    /** @return the format of a file whose first non-blank line is {@code first} */
    static DataFormat detect(Path file, NumberedLine first) {
        String line = first.text().strip();
        if (line.startsWith("{")) {
            if (isAmazonJson(line)) return DataFormat.AMAZON_JSON;
            throw unknown(file, first, "a JSON line without reviewerID and asin");
        }
        if (line.startsWith("<")) throw unknown(file, first, "looks like XML or HTML");
        if (line.startsWith("[")) throw unknown(file, first, "a JSON array, not JSON lines");
        if (isAmazonCsv(line)) return DataFormat.AMAZON_CSV;
        if (Separator.detect(line).split(line, new int[0]) >= 2) return DataFormat.DELIMITED;
        throw unknown(file, first, "a single column");
    }

    private static BadInputException unknown(Path file, NumberedLine line, String what) {
        return new BadInputException(file, line.number(), "unknown format: " + what + EXPECTED);
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
