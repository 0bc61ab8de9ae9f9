package org.rectransfer.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rectransfer.analysis.SignificanceRule;
import org.rectransfer.experiment.GainCell;
import org.rectransfer.experiment.GainRow;
import org.rectransfer.experiment.GainTable;

/**
 * Renders gain tables in the layout of the paper's Tables 3-5 as Markdown, CSV or LaTeX: per
 * source, a row per target, the gain in percent per configuration (mean over seeds, with the
 * standard deviation over seeds when there are several), the best configuration with its HR@k
 * and the baseline's HR@k. A {@code *} marks a gain that {@link SignificanceRule} finds
 * significant (one test decides: the paired t-test over seeds with at least 3 seeds, else McNemar
 * over users' hits), and every format names that test; a dagger with a count marks cells with
 * collapsed runs (a constant scorer, whose HR of 0 measures a dead network rather than transfer).
 */
public final class GainTableText {
    private GainTableText() { }

    /** @return the tables as Markdown, one section per source */
    public static String markdown(GainTable table) {
        StringBuilder out = new StringBuilder();
        table.sources().forEach((source, rows) -> {
            List<String> configs = configs(rows);
            out.append("### Source: ").append(source).append("\n\n| target | ");
            configs.forEach(c -> out.append(c).append(" | "));
            out.append("best (HR@10) | baseline HR@10 ± sd |\n|---|");
            configs.forEach(c -> out.append("---:|"));
            out.append("---|---:|\n");
            for (GainRow row : rows) {
                out.append("| ").append(row.target()).append(" | ");
                row.cells().forEach(cell -> out.append(gainText(cell)).append(" | "));
                out.append(best(row)).append(" | ").append(baseline(row)).append(" |\n");
            }
            out.append('\n');
        });
        out.append("Gain % = (HR - HR_baseline) / HR_baseline x 100, HR averaged over seeds; +- is the standard deviation"
                + " of per-seed gains; the baseline's ± is the standard deviation of its HR over seeds; " + SignificanceRule.FOOTNOTE + ".\n");
        if (collapsedRuns(table) > 0) {
            out.append("\n†n: n of the cell's runs collapsed (").append(collapsedRuns(table)).append(" in all): the model gave every"
                    + " candidate the same score, so its HR of 0 says that nothing was learned, not what transfer did.\n");
        }
        return out.toString();
    }

    /**
     * @return one CSV row per (source, target, config) with every number: both p-values (empty when
     *         not computed), the test that decided the significance (empty when none could) and
     *         whether the gain is significant ({@link SignificanceRule})
     */
    public static String csv(GainTable table) {
        StringBuilder out = new StringBuilder("source,target,config,gain_percent,gain_std,hr,baseline_hr,baseline_hr_std,seeds,"
                + "pPairedT,pMcNemar,test,significant,best,collapsed_runs\n");
        table.sources().forEach((source, rows) -> {
            for (GainRow row : rows) {
                String best = row.best().config();
                for (GainCell cell : row.cells()) {
                    out.append(String.join(",", source, row.target(), cell.config(), num(cell.gain()), num(cell.gainStd()),
                            num(cell.hr()), num(row.baselineHr()), num(row.baselineSd()), String.valueOf(cell.seeds()), num(cell.pPairedT()),
                            num(cell.pMcNemar()), cell.test() == null ? "" : cell.test(), String.valueOf(cell.significant()),
                            String.valueOf(best.equals(cell.config())),
                            String.valueOf(cell.collapsed()))).append('\n');
                }
            }
        });
        return out.toString();
    }

    /** @return one LaTeX tabular per source, booktabs style, and a footnote naming the test behind the stars */
    public static String latex(GainTable table) {
        StringBuilder out = new StringBuilder("% requires \\usepackage{booktabs}\n");
        table.sources().forEach((source, rows) -> {
            List<String> configs = configs(rows);
            out.append("\\begin{tabular}{l").append("r".repeat(configs.size())).append("lr}\n\\toprule\n");
            out.append("Target (source: ").append(escape(source)).append(")");
            configs.forEach(c -> out.append(" & ").append(escape(c)));
            out.append(" & best (HR@10) & baseline \\\\\n\\midrule\n");
            for (GainRow row : rows) {
                out.append(escape(row.target()));
                row.cells().forEach(cell -> out.append(" & ")
                        .append(Double.isNaN(cell.gain()) ? "n/a" : signed(cell.gain()))
                        .append(cell.significant() ? "$^{*}$" : "")
                        .append(cell.collapsed() > 0 ? "$^{\\dagger}$" : ""));
                out.append(" & ").append(escape(best(row))).append(" & ").append(baseline(row).replace("±", "$\\pm$")).append(" \\\\\n");
            }
            out.append("\\bottomrule\n\\end{tabular}\n\n");
        });
        out.append("\\par\\noindent{\\footnotesize ")
                .append(SignificanceRule.FOOTNOTE.replaceFirst("^\\* p < ([0-9.]+)", "\\$^{*}\\$ \\$p < $1\\$"))
                .append(".}\n");
        return out.toString();
    }

    /** @return the baseline's mean HR and, with two seeds or more, its standard deviation over seeds */
    private static String baseline(GainRow row) {
        return Double.isNaN(row.baselineSd()) ? f3(row.baselineHr()) : f3(row.baselineHr()) + " ± " + f3(row.baselineSd());
    }

    /**
     * @return the {@code sources} of {@code report gains --json} (docs/cli.md §JSON shapes):
     *         {source: {target: {config: gain, best, bestHr, baselineHr, ...}}}
     */
    public static Map<String, Object> json(GainTable table) {
        Map<String, Object> sources = new java.util.LinkedHashMap<>();
        table.sources().forEach((source, rows) -> {
            Map<String, Object> targets = new java.util.LinkedHashMap<>();
            for (GainRow row : rows) {
                Map<String, Object> cells = new java.util.LinkedHashMap<>();
                row.cells().forEach(cell -> cells.put(cell.config(), Double.isNaN(cell.gain()) ? null : cell.gain()));
                cells.put("best", row.best().config());
                cells.put("bestHr", row.best().hr());
                cells.put("baselineHr", row.baselineHr());
                cells.put("baselineSd", orNull(row.baselineSd()));
                cells.put("baselineSeeds", row.baselineSeeds());
                Map<String, Object> collapsed = new java.util.LinkedHashMap<>();
                row.cells().stream().filter(cell -> cell.collapsed() > 0).forEach(cell -> collapsed.put(cell.config(), cell.collapsed()));
                if (!collapsed.isEmpty()) cells.put("collapsedRuns", collapsed);
                targets.put(row.target(), cells);
            }
            sources.put(source, targets);
        });
        return sources;
    }

    /**
     * @return the {@code cells} of docs/cli.md §JSON shapes: {source: {target: {config: {gain, sd, seeds, pPairedT, pMcNemar,
     *         significant, test}}}}, a number that could not be computed (and a test when none
     *         could) as null
     */
    public static Map<String, Object> cells(GainTable table) {
        Map<String, Object> sources = new java.util.LinkedHashMap<>();
        table.sources().forEach((source, rows) -> {
            Map<String, Object> targets = new java.util.LinkedHashMap<>();
            for (GainRow row : rows) {
                Map<String, Object> configs = new java.util.LinkedHashMap<>();
                for (GainCell cell : row.cells()) {
                    Map<String, Object> values = new java.util.LinkedHashMap<>();
                    values.put("gain", orNull(cell.gain()));
                    values.put("sd", orNull(cell.gainStd()));
                    values.put("seeds", cell.seeds());
                    values.put("pPairedT", orNull(cell.pPairedT()));
                    values.put("pMcNemar", orNull(cell.pMcNemar()));
                    values.put("significant", cell.significant());
                    values.put("test", cell.test());
                    configs.put(cell.config(), values);
                }
                targets.put(row.target(), configs);
            }
            sources.put(source, targets);
        });
        return sources;
    }

    private static Double orNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static List<String> configs(List<GainRow> rows) {
        return rows.isEmpty() ? List.of() : rows.get(0).cells().stream().map(GainCell::config).toList();
    }

    private static String gainText(GainCell cell) {
        if (Double.isNaN(cell.gain())) return "n/a" + (cell.collapsed() > 0 ? " †" + cell.collapsed() : "");
        String text = signed(cell.gain());
        if (!Double.isNaN(cell.gainStd())) text += String.format(Locale.ROOT, " ± %.2f", cell.gainStd());
        return text + (cell.significant() ? "*" : "") + (cell.collapsed() > 0 ? " †" + cell.collapsed() : "");
    }

    /** @return how many runs of the table collapsed */
    public static int collapsedRuns(GainTable table) {
        return table.sources().values().stream().flatMap(List::stream).flatMap(row -> row.cells().stream())
                .mapToInt(GainCell::collapsed).sum();
    }

    /** Two decimals with a sign; a gain that rounds to zero reads +0.00, never -0.00. */
    private static String signed(double gain) {
        double rounded = Math.round(gain * 100) / 100.0;
        return String.format(Locale.ROOT, "%+.2f", rounded == 0 ? 0.0 : rounded);
    }

    private static String best(GainRow row) {
        return row.best().config() + " (" + f3(row.best().hr()) + ")";
    }

    private static String f3(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }

    private static String escape(String text) {
        return text.replace("_", "\\_").replace("&", "\\&").replace("%", "\\%");
    }
}
