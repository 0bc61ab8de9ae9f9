package org.rectransfer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.Filters;
import org.rectransfer.data.io.DataFormat;
import org.rectransfer.data.io.DomainLoader;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.store.SweepResults;
import org.rectransfer.store.Workspace;

/** The domains of a stored sweep, read again from its files and filtered as the sweep did. */
final class SweepDomains {
    private SweepDomains() { }

    /** @return every source and target of the sweep, filtered, by name */
    static Map<String, Dataset> load(Workspace store, String sweepId) {
        JsonNode spec = spec(store, sweepId);
        JsonNode filter = spec.path("filter");
        FilterSpec filterSpec = new FilterSpec(filter.path("minUser").asInt(), filter.path("minItem").asInt(),
                filter.path("kcore").asBoolean());
        JsonNode read = spec.path("read");
        ReadOptions options = new ReadOptions(DataFormat.parse(read.path("format").asText("auto")),
                Double.parseDouble(read.path("minRating").asText("NaN")), false);
        Map<String, Dataset> domains = new LinkedHashMap<>();
        for (DomainSource source : sources(store, sweepId)) {
            domains.computeIfAbsent(source.name(), name -> Filters.apply(DomainLoader.load(source, options).dataset(), filterSpec));
        }
        return domains;
    }

    /** @return the sweep's sources and targets as given (name and path), sources first */
    static List<DomainSource> sources(Workspace store, String sweepId) {
        JsonNode spec = spec(store, sweepId);
        List<DomainSource> sources = new ArrayList<>();
        spec.path("sources").forEach(node -> sources.add(DomainSource.parse(node.asText())));
        spec.path("targets").forEach(node -> sources.add(DomainSource.parse(node.asText())));
        return sources;
    }

    private static JsonNode spec(Workspace store, String sweepId) {
        String specJson = SweepResults.spec(store, sweepId)
                .orElseThrow(() -> new UsageException("no sweep '" + sweepId + "' in workspace " + store.dir()));
        try {
            return new ObjectMapper().readTree(specJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("sweep " + sweepId + " has an unreadable spec: " + e.getOriginalMessage());
        }
    }
}
