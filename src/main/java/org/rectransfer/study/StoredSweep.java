package org.rectransfer.study;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.rectransfer.data.ActivityHistogram;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.DomainStats;
import org.rectransfer.data.Filters;
import org.rectransfer.data.io.DomainLoader;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.experiment.GainCell;
import org.rectransfer.experiment.GainRow;
import org.rectransfer.experiment.GainTable;
import org.rectransfer.experiment.RelatednessStudy;
import org.rectransfer.experiment.SweepPlanner;
import org.rectransfer.experiment.SweepRunRecord;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.experiment.SweepSpecJson;
import org.rectransfer.experiment.SweepStatus;
import org.rectransfer.report.GainMatrix;
import org.rectransfer.store.SweepResults;
import org.rectransfer.store.SweepSummary;
import org.rectransfer.store.Workspace;

/**
 * Reading a stored sweep's results, the same way for every table, figure and screen: its runs in
 * the sweep's order, its gains, the gains of one source as a matrix with the sweep's column order,
 * its domains read again from their files, and the relatedness study (Fig. 3, Table 6).
 */
public final class StoredSweep {
    private final Workspace store;
    private final String id;
    private final SweepSpec spec;

    private StoredSweep(Workspace store, String id, SweepSpec spec) {
        this.store = store;
        this.id = id;
        this.spec = spec;
    }

    /**
     * @param store   the workspace (stays open while this is used)
     * @param sweepId the sweep
     * @return the sweep
     * @throws NoSuchSweepException when the workspace has no such sweep
     */
    public static StoredSweep open(Workspace store, String sweepId) {
        String json = SweepResults.spec(store, sweepId).orElseThrow(() -> new NoSuchSweepException(sweepId, store.dir()));
        try {
            return new StoredSweep(store, sweepId, SweepSpecJson.read(json));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sweep " + sweepId + " has an unreadable description: " + e.getMessage(), e);
        }
    }

    /** @return the sweep's id */
    public String id() { return id; }

    /** @return what the sweep trains, as stored */
    public SweepSpec spec() { return spec; }

    /** @return how many tasks (runs) the sweep has in all: sources, baselines and transfers */
    public int tasks() {
        return tasks(spec);
    }

    /** @return how many tasks (runs) a sweep of {@code spec} has in all, as its executor plans them */
    public static int tasks(SweepSpec spec) {
        return SweepPlanner.firstWave(spec).size() + SweepPlanner.secondWave(spec).size();
    }

    /**
     * @param store the workspace
     * @return every sweep of the workspace, newest first, with its finished runs and its number of
     *         tasks (0 for a sweep whose description cannot be read)
     */
    public static List<SweepOverview> overviews(Workspace store) {
        List<SweepOverview> overviews = new java.util.ArrayList<>();
        for (SweepSummary summary : SweepResults.list(store)) {
            int tasks;
            try {
                tasks = SweepResults.spec(store, summary.id()).map(SweepSpecJson::read).map(StoredSweep::tasks).orElse(0);
            } catch (IllegalArgumentException unreadable) {
                tasks = 0;
            }
            overviews.add(new SweepOverview(summary.id(), summary.createdAt(), summary.status(), summary.runs(), tasks));
        }
        return overviews;
    }

    /** @return where the sweep stands (done when the workspace lists it no more, which does not happen) */
    public SweepStatus status() {
        return SweepResults.list(store).stream().filter(s -> s.id().equals(id)).map(SweepSummary::status)
                .findFirst().orElse(SweepStatus.DONE);
    }

    /** @return the finished runs, in the sweep's order ({@link SweepSpec#runOrder()}) */
    public List<SweepRunRecord> runs() {
        return SweepResults.load(store, id);
    }

    /** @param excludeCollapsed leave collapsed runs out of the gains */
    public GainTable gains(boolean excludeCollapsed) {
        return GainTable.of(runs(), excludeCollapsed);
    }

    /**
     * One source's gains as a matrix: every configuration any target has, in the sweep's order; a
     * missing cell is NaN and not significant.
     */
    public GainMatrix matrix(String source, List<GainRow> rows) {
        return matrix(spec, source, rows);
    }

    /** {@link #matrix(String, List)} for gains read earlier with their sweep's {@code spec}. */
    public static GainMatrix matrix(SweepSpec spec, String source, List<GainRow> rows) {
        Collection<String> present = new LinkedHashSet<>();
        for (GainRow row : rows) for (GainCell cell : row.cells()) present.add(cell.config());
        return GainMatrix.of(source, rows, spec.orderConfigs(present));
    }

    /**
     * @param requested a source the user asked for, or null for the sweep's first source that has results
     * @param available the sources that have something to show
     * @return the source to show
     * @throws UnknownChoiceException when {@code requested} has nothing to show, or nothing has
     */
    public String source(String requested, Collection<String> available) {
        if (requested != null) {
            if (available.contains(requested)) return requested;
            throw new UnknownChoiceException("no source '" + requested + "' with finished transfers in sweep " + id
                    + " (sources: " + String.join(", ", available) + ")");
        }
        return spec.sourceNames().stream().filter(available::contains).findFirst()
                .or(() -> available.stream().findFirst())
                .orElseThrow(() -> new UnknownChoiceException("sweep " + id + " has no finished transfer runs to show yet"));
    }

    /** @return the sweep's sources and targets as given (name and path), sources first */
    public List<DomainSource> domainSources() {
        return java.util.stream.Stream.concat(spec.sources().stream(), spec.targets().stream()).toList();
    }

    /** @return every source and target of the sweep, read again from its file and filtered as the sweep did, by name */
    public Map<String, Dataset> domains() {
        Map<String, Dataset> domains = new LinkedHashMap<>();
        for (DomainSource source : domainSources()) {
            domains.computeIfAbsent(source.name(), name -> Filters.apply(DomainLoader.load(source, spec.read()).dataset(), spec.filter()));
        }
        return domains;
    }

    /**
     * The relatedness study (Fig. 3, Table 6): the gains with the domains' activity histograms and
     * statistics, the domains read again from their files.
     *
     * @param excludeCollapsed leave collapsed runs out of the gains
     */
    public RelatednessStudy relatedness(boolean excludeCollapsed) {
        Map<String, ActivityHistogram> histograms = new LinkedHashMap<>();
        Map<String, DomainStats> stats = new LinkedHashMap<>();
        domains().forEach((name, data) -> {
            histograms.put(name, ActivityHistogram.of(data));
            stats.put(name, DomainStats.of(data));
        });
        return RelatednessStudy.of(gains(excludeCollapsed), histograms, stats);
    }
}
