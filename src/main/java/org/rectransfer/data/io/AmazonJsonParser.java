package org.rectransfer.data.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.rectransfer.data.InteractionSink;

import java.io.IOException;

/**
 * Reads Amazon 2018 (and 2014) review JSON lines: {@code reviewerID} is the user, {@code asin}
 * the item, {@code overall} the rating and {@code unixReviewTime} the order (the line number when
 * absent). Uses Jackson's streaming parser and skips every other field without building it, so
 * long review texts and image lists cost no more than reading them.
 */
final class AmazonJsonParser implements LineParser {
    private final JsonFactory factory = new JsonFactory();

    @Override
    public void parse(String line, long lineNumber, InteractionSink sink) throws BadLineException {
        try (JsonParser json = factory.createParser(line)) {
            if (json.nextToken() != JsonToken.START_OBJECT) throw new BadLineException("not a JSON object");
            String user = null;
            String item = null;
            double rating = Double.NaN;
            long order = lineNumber;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "reviewerID" -> user = text(json, value, "reviewerID");
                    case "asin" -> item = text(json, value, "asin");
                    case "overall" -> rating = number(json, value);
                    case "unixReviewTime" -> order = time(json, value);
                    default -> json.skipChildren();
                }
            }
            if (json.nextToken() != null) throw new BadLineException("text after the JSON object");
            if (user == null) throw new BadLineException("missing reviewerID");
            if (item == null) throw new BadLineException("missing asin");
            if (user.isBlank()) throw new BadLineException("empty user id (reviewerID)");
            if (item.isBlank()) throw new BadLineException("empty item id (asin)");
            sink.accept(user, item, rating, order);
        } catch (JsonProcessingException e) {
            throw new BadLineException("invalid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            // Parsing a String does no I/O; kept apart from JSON errors for a clear message.
            throw new BadLineException("unreadable JSON: " + e.getMessage());
        }
    }

    private static String text(JsonParser json, JsonToken value, String field) throws IOException, BadLineException {
        if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT) return json.getText();
        throw new BadLineException(field + " is not a string");
    }

    private static double number(JsonParser json, JsonToken value) throws IOException, BadLineException {
        if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) return json.getDoubleValue();
        String text = String.valueOf(json.getText());
        return Fields.number(text.strip(), 0, text.strip().length(), "rating (overall)");
    }

    private static long time(JsonParser json, JsonToken value) throws IOException, BadLineException {
        if (value == JsonToken.VALUE_NUMBER_INT) return json.getLongValue();
        if (value == JsonToken.VALUE_NULL) throw new BadLineException("unixReviewTime is null");
        String text = String.valueOf(json.getText()).strip();
        return Fields.integer(text, 0, text.length(), "time (unixReviewTime)");
    }

    private static String firstLine(String message) {
        if (message == null) return "unparseable";
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
