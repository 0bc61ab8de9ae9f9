package org.rectransfer.cli;

import org.rectransfer.study.StoredSweep;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ui.Drawable;
import org.rectransfer.experiment.RelatednessStudy;
import org.rectransfer.report.CsvTable;
import org.rectransfer.report.KldScatter;
import org.rectransfer.report.PlotData;
import org.rectransfer.report.chart.ChartTheme;
import org.rectransfer.report.chart.KldScatterChart;
import org.rectransfer.store.Workspace;

/** {@code figure kld-scatter}: Fig. 3, gain against KLD for one source, a panel per configuration. */
final class KldScatterFigure {
    /** The configurations of the paper's Fig. 3. */
    static final List<String> PAPER_CONFIGS = List.of("config-1", "config-5", "config-6", "config-7");

    private KldScatterFigure() { }

    static Figure build(Workspace store, FigureRequest request) {
        StoredSweep sweep = StoredSweep.open(store, request.sweep());
        RelatednessStudy study = sweep.relatedness(false);
        Set<String> sources = new LinkedHashSet<>();
        study.points().forEach(p -> sources.add(p.source()));
        String source = sweep.source(request.source(), sources);
        List<KldScatter> scatters = new ArrayList<>();
        for (String config : configs(request, sweep, study, source)) scatters.add(KldScatter.of(study, source, config));
        Drawable drawable = scatters.size() == 1
                ? new KldScatterChart(ChartTheme.print()).create(scatters.get(0))
                : new KldScatterChart(ChartTheme.print().scaled(0.8)).grid("Gain against KLD, source: " + source, scatters, 2);
        return new Figure(csv(scatters), drawable);
    }

    /** --configs as given (each must be in the sweep), else the paper's four that are present, else all. */
    private static List<String> configs(FigureRequest request, StoredSweep sweep, RelatednessStudy study, String source) {
        Set<String> present = new LinkedHashSet<>();
        study.points().stream().filter(p -> p.source().equals(source)).forEach(p -> present.add(p.config()));
        List<String> available = sweep.spec().orderConfigs(present);
        if (!request.configs().isEmpty()) {
            for (String config : request.configs()) {
                if (!present.contains(config)) {
                    throw new UsageException("no config '" + config + "' for source " + source + " in sweep " + sweep.id()
                            + " (configs: " + String.join(", ", available) + ")");
                }
            }
            return List.copyOf(new LinkedHashSet<>(request.configs()));
        }
        List<String> paper = available.stream().filter(PAPER_CONFIGS::contains).toList();
        return paper.isEmpty() ? available : paper;
    }

    /** Every panel's rows under one header, with the configuration as first column. */
    private static PlotData csv(List<KldScatter> scatters) {
        return () -> {
            List<String> header = new ArrayList<>(List.of("config"));
            List<List<String>> rows = new ArrayList<>();
            for (KldScatter scatter : scatters) {
                CsvTable table = scatter.toCsv();
                if (header.size() == 1) header.addAll(table.header());
                for (List<String> row : table.rows()) {
                    List<String> withConfig = new ArrayList<>(List.of(scatter.config()));
                    withConfig.addAll(row);
                    rows.add(withConfig);
                }
            }
            return new CsvTable(header, rows);
        };
    }
}
