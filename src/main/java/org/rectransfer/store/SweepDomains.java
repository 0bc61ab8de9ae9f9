package org.rectransfer.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectransfer.data.ActivityHistogram;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.DomainStats;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.Filters;
import org.rectransfer.data.io.DataFormat;
import org.rectransfer.data.io.DomainLoader;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.experiment.GainTable;
import org.rectransfer.experiment.RelatednessStudy;

/** The domains of a stored sweep, read again from its files and filtered as the sweep did. */
public final class SweepDomains {
    private SweepDomains() { }

    /** @return every source and target of the sweep, filtered, by name */
    public static Map<String, Dataset> load(Workspace store, String sweepId) {
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
    public static List<DomainSource> sources(Workspace store, String sweepId) {
        JsonNode spec = spec(store, sweepId);
        List<DomainSource> sources = new ArrayList<>();
        spec.path("sources").forEach(node -> sources.add(DomainSource.parse(node.asText())));
        spec.path("targets").forEach(node -> sources.add(DomainSource.parse(node.asText())));
        return sources;
    }

    private static JsonNode spec(Workspace store, String sweepId) {
        String specJson = SweepResults.spec(store, sweepId)
                .orElseThrow(() -> new NoSuchSweepException(sweepId, store.dir()));
        try {
            return new ObjectMapper().readTree(specJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("sweep " + sweepId + " has an unreadable spec: " + e.getOriginalMessage());
        }
    }

    /**
     * The relatedness study of a stored sweep (Fig. 3, Table 6): its gains with its domains'
     * activity histograms and statistics, the domains read again from their files.
     *
     * @param excludeCollapsed leave collapsed runs out of the gains
     */
    public static RelatednessStudy relatednessStudy(Workspace store, String sweepId, boolean excludeCollapsed) {
        Map<String, Dataset> domains = load(store, sweepId);
        Map<String, ActivityHistogram> histograms = new LinkedHashMap<>();
        Map<String, DomainStats> stats = new LinkedHashMap<>();
        domains.forEach((name, data) -> {
            histograms.put(name, ActivityHistogram.of(data));
            stats.put(name, DomainStats.of(data));
        });
        return RelatednessStudy.of(GainTable.of(SweepResults.load(store, sweepId), excludeCollapsed), histograms, stats);
    }
}
