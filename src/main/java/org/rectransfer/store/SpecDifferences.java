package org.rectransfer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What differs between two stored sweep specifications, as short {@code path: old -> new} lines. */
final class SpecDifferences {
    /** More differences than this are summarised, to keep the error on one readable line. */
    private static final int SHOWN = 4;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SpecDifferences() { }

    /** @return the differing leaves of the two JSON documents, at most {@value #SHOWN} and a count of the rest */
    static List<String> between(String storedJson, String newJson) {
        Map<String, String> before = leaves(storedJson);
        Map<String, String> after = leaves(newJson);
        List<String> differences = new ArrayList<>();
        for (String path : union(before, after)) {
            String was = before.getOrDefault(path, "(none)");
            String now = after.getOrDefault(path, "(none)");
            if (!was.equals(now)) differences.add(path + ": " + shorten(was) + " -> " + shorten(now));
        }
        if (differences.isEmpty()) differences.add("the stored specification is written differently");
        if (differences.size() > SHOWN) {
            int more = differences.size() - SHOWN;
            differences = new ArrayList<>(differences.subList(0, SHOWN));
            differences.add("and " + more + " more");
        }
        return differences;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> paths = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(path -> !a.containsKey(path)).forEach(paths::add);
        return paths;
    }

    private static Map<String, String> leaves(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            collect("", MAPPER.readTree(json), out);
        } catch (JsonProcessingException e) {
            out.put("(specification)", json);
        }
        return out;
    }

    private static void collect(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), out);
            }
        } else {
            out.put(path, node.isTextual() ? node.asText() : node.toString());
        }
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
