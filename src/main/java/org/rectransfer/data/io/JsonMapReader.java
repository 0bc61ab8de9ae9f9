package org.rectransfer.data.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.rectransfer.data.BadInputException;
import org.rectransfer.data.InteractionSink;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a JSON map, one object for the whole file mapping each user id to the list of its item
 * ids: {@code {"u1": ["i3", "i1"], "u2": [7, 9]}} (the form LC-Rec and many sequential
 * recommendation repositories write, pretty-printed or on one line). Ids may be strings or
 * integers; an item's position in its list (1, 2, ...) is its order key; an empty list is a user
 * without interactions and adds nothing.
 *
 * <p>Jackson's streaming parser reads the text token by token and only one user's list is held
 * at a time, so memory grows with the interactions kept, not with the file. Error lines are the
 * parser's. A user whose value is not a list of ids is a malformed record (skipped whole with
 * {@link ReadOptions#skipBadLines()}); invalid JSON always ends the read, since the parser
 * cannot find its way back into the structure after a syntax error.
 */
final class JsonMapReader {
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

    private final Path file;
    private final DomainCollector collector;
    private final List<String> items = new ArrayList<>();

    private JsonMapReader(Path file, DomainCollector collector) {
        this.file = file;
        this.collector = collector;
    }

    /** Reads the JSON map {@code text} of {@code source}. */
    static LoadedDomain read(DomainSource source, ReadOptions options, Reader text) {
        DomainCollector collector = new DomainCollector(source, options, "user entries");
        new JsonMapReader(source.path(), collector).readAll(text);
        return collector.finish(DataFormat.JSON_MAP, "no interactions: an empty JSON object", null);
    }

    private void readAll(Reader text) {
        long line = 1;
        try (JsonParser json = new JsonFactory().createParser(text)) {
            JsonToken root = json.nextToken();
            if (root == null) throw new BadInputException(file, 0, "empty file: no interactions");
            if (root != JsonToken.START_OBJECT) {
                throw new BadInputException(file, line(json), "expected a JSON object mapping users to item lists, found "
                        + describe(root));
            }
            // Inside an object the parser yields field names until END_OBJECT, or throws.
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                line = line(json);
                entry(json, line, json.currentName());
            }
            if (json.nextToken() != null) {
                throw new BadInputException(file, line(json), "text after the JSON object (a JSON map is one object for the whole file)");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long errorLine = at == null ? line : at.getLineNr();
            String column = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
            throw new BadInputException(file, errorLine, "invalid JSON" + column + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            // A read failure of the file itself: a truncated or corrupt gzip stream.
            throw LineSource.translate(file, line, e);
        }
    }

    /** Reads one user's entry; the parser is left on the last token of its value. */
    private void entry(JsonParser json, long line, String user) throws IOException {
        collector.record();
        String problem = items(json);
        if (problem == null && user.isBlank()) problem = "empty user id";
        if (problem != null) {
            collector.bad(line, "user " + Fields.shown(user, 0, user.length()) + ": " + problem);
            return;
        }
        InteractionSink sink = collector.sink();
        for (int k = 0; k < items.size(); k++) sink.accept(user, items.get(k), Double.NaN, k + 1);
    }

    /** Reads a user's value into {@link #items}; @return what is wrong with it, or null */
    private String items(JsonParser json) throws IOException {
        items.clear();
        JsonToken value = json.nextToken();
        if (value != JsonToken.START_ARRAY) {
            json.skipChildren();
            return "expected a list of item ids, found " + describe(value);
        }
        String problem = null;
        for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY && token != null; token = json.nextToken()) {
            if (problem != null) {
                json.skipChildren(); // read past the rest of a bad list
            } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING && !json.getText().isBlank()) {
                items.add(json.getText());
            } else if (token == JsonToken.VALUE_STRING) {
                problem = "item " + (items.size() + 1) + " is an empty id";
            } else {
                problem = "item " + (items.size() + 1) + " is " + describe(token) + ", not an id";
                json.skipChildren();
            }
        }
        return problem;
    }

    private static long line(JsonParser json) {
        return json.currentTokenLocation().getLineNr();
    }

    private static String describe(JsonToken token) {
        if (token == null) return "the end of the text";
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_NUMBER_INT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    /**
     * The first line of Jackson's message, its source references ({@code [Source: REDACTED (...);
     * line: 3, column: 9]}) shortened to {@code line 3, column 9}: the file is named already.
     */
    private static String firstLine(String message) {
        if (message == null) return "unparseable";
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return SOURCE.matcher(first).replaceAll("line $1, column $2");
    }
}
