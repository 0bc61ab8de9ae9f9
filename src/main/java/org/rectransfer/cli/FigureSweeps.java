package org.rectransfer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.store.SweepResults;
import org.rectransfer.store.Workspace;

/**
 * What the figures need from a stored sweep's spec: that it exists, its sources in the order they
 * were given, and its configurations in the order they were given.
 *
 * @param id      the sweep
 * @param sources the source domain names
 * @param configs the configuration names
 */
record FigureSweeps(String id, List<String> sources, List<String> configs) {

    /** @return the sweep's spec; a usage error when the workspace has no such sweep */
    static FigureSweeps load(Workspace store, String sweepId) {
        String json = SweepResults.spec(store, sweepId)
                .orElseThrow(() -> new UsageException("no sweep '" + sweepId + "' in workspace " + store.dir()));
        try {
            JsonNode spec = new ObjectMapper().readTree(json);
            List<String> sources = new ArrayList<>();
            spec.path("sources").forEach(node -> sources.add(DomainSource.parse(node.asText()).name()));
            List<String> configs = new ArrayList<>();
            spec.path("configs").forEach(node -> configs.add(node.asText()));
            return new FigureSweeps(sweepId, sources, configs);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("sweep " + sweepId + " has an unreadable spec: " + e.getOriginalMessage());
        }
    }

    /**
     * @param requested the --source option, or null for the sweep's first source with results
     * @param available the sources that have something to plot
     * @return the source to plot
     */
    String source(String requested, Collection<String> available) {
        if (requested != null) {
            if (available.contains(requested)) return requested;
            throw new UsageException("no source '" + requested + "' with finished transfers in sweep " + id
                    + " (sources: " + String.join(", ", available) + ")");
        }
        return sources.stream().filter(available::contains).findFirst()
                .or(() -> available.stream().findFirst())
                .orElseThrow(() -> new UsageException("sweep " + id + " has no finished transfer runs to plot yet"));
    }

    /** @return {@code configs} in the sweep's order, those it does not list last */
    List<String> ordered(Collection<String> present) {
        List<String> sorted = new ArrayList<>(present);
        sorted.sort(Comparator.comparingInt((String c) -> configs.contains(c) ? configs.indexOf(c) : configs.size()));
        return sorted;
    }
}
