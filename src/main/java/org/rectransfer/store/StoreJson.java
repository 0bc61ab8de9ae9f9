package org.rectransfer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The compact JSON written into the workspace's text columns (settings, provenance, sweep specs). */
public final class StoreJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreJson() { }

    /** @return {@code value} (maps, lists, records) as compact JSON */
    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
