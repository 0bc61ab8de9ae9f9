package org.rectransfer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Prints the one JSON object a command emits with {@code --json} (docs/cli.md §JSON shapes). */
public final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule().addSerializer(Double.class, new NonFiniteAsNull())
                    .addSerializer(Double.TYPE, new NonFiniteAsNull()));

    private JsonOutput() { }

    /** JSON has no NaN: a metric that was not computed (NaN) or is infinite is written as null. */
    private static final class NonFiniteAsNull extends StdSerializer<Double> {
        NonFiniteAsNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (Double.isFinite(value)) generator.writeNumber(value);
            else generator.writeNull();
        }
    }

    /**
     * @param keysAndValues key, value, key, value, ...
     * @return a map that keeps the keys in the order given: {@code Map.of} iterates in an order
     *         that changes from one JVM to the next, which would make output (and anything
     *         hashed from it, like a sweep's id) differ between runs of the same command
     */
    public static java.util.Map<String, Object> ordered(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("keys and values must pair up");
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) map.put((String) keysAndValues[k], keysAndValues[k + 1]);
        return map;
    }

    /** Writes {@code value} (maps, lists, records) as one indented JSON object and a newline. */
    public static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
