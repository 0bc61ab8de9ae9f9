package org.rectransfer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** Compact JSON for values stored in the workspace (settings, provenance). */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() { }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
