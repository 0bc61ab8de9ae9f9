package org.rectransfer.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rectransfer.store.Workspace;

/** The kinds of {@code rectransfer figure}: what each plots from, which options it takes, and who builds it. */
enum FigureKind {
    HEATMAP("heatmap", true, Set.of("--source"), HeatmapFigure::build),
    KLD_SCATTER("kld-scatter", true, Set.of("--source", "--configs"), KldScatterFigure::build),
    IMPORTANCE("importance", false, Set.of(), ImportanceFigure::build),
    CURVES("curves", false, Set.of(), CurvesFigure::build),
    HISTOGRAM("histogram", true, Set.of("--source", "--target"), HistogramFigure::build),
    SCARCITY("scarcity", true, Set.of("--source", "--configs"), ScarcityFigure::build);

    /** Builds a figure from the workspace. */
    interface Builder {
        Figure build(Workspace store, FigureRequest request);
    }

    private final String cliName;
    private final boolean fromSweep;
    private final Set<String> extraOptions;
    private final Builder builder;

    FigureKind(String cliName, boolean fromSweep, Set<String> extraOptions, Builder builder) {
        this.cliName = cliName;
        this.fromSweep = fromSweep;
        this.extraOptions = extraOptions;
        this.builder = builder;
    }

    /** @return the name on the command line, e.g. "kld-scatter" */
    String cliName() { return cliName; }

    /** @return the kind named {@code name} on the command line */
    static FigureKind parse(String name) {
        for (FigureKind kind : values()) if (kind.cliName.equals(name.toLowerCase(Locale.ROOT))) return kind;
        throw new UsageException("unknown figure kind '" + name + "' (expected " + String.join(", ", names()) + ")");
    }

    /** @return every kind's command-line name */
    static List<String> names() {
        return Arrays.stream(values()).map(FigureKind::cliName).toList();
    }

    /**
     * Checks that the kind's input (--sweep or --run) is given, and no option it does not use.
     *
     * @param given whether each optional option was given, by name
     */
    void check(Map<String, Boolean> given) {
        String input = fromSweep ? "--sweep" : "--run";
        String other = fromSweep ? "--run" : "--sweep";
        if (!given.getOrDefault(input, false)) {
            String instead = given.getOrDefault(other, false) ? ", not " + other : "";
            throw new UsageException("figure " + cliName + " needs " + input + " ID" + instead);
        }
        given.forEach((option, present) -> {
            if (present && !option.equals(input) && (option.equals(other) || !extraOptions.contains(option))) {
                throw new UsageException("figure " + cliName + " does not take " + option);
            }
        });
    }

    /** @return the figure of {@code request} */
    Figure build(Workspace store, FigureRequest request) {
        return builder.build(store, request);
    }
}
