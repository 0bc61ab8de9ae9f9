package org.rectransfer.report;

import org.rectransfer.experiment.RunKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rectransfer.analysis.SignificanceRule;
import org.rectransfer.experiment.GainTable;
import org.rectransfer.experiment.SweepRunRecord;

class GainTableTextTest {
    private static final boolean[] NO_HITS = new boolean[0];

    private static SweepRunRecord run(RunKind kind, String config, long seed, double hr, boolean collapsed) {
        return new SweepRunRecord(kind, kind == RunKind.TRANSFER ? "Book" : null, "Toy", config, seed,
                kind + config + seed, hr, NO_HITS, collapsed);
    }

    private static GainTable table(boolean collapsed) {
        return GainTable.of(List.of(
                run(RunKind.BASELINE, "baseline", 1, 0.5, false), run(RunKind.BASELINE, "baseline", 2, 0.4, false),
                run(RunKind.TRANSFER, "config-1", 1, 0.0, collapsed), run(RunKind.TRANSFER, "config-1", 2, 0.0, collapsed),
                run(RunKind.TRANSFER, "config-7", 1, 0.55, false), run(RunKind.TRANSFER, "config-7", 2, 0.44, false)));
    }

    @Test
    void markdownMarksCollapsedCellsAndExplainsTheMark() {
        String text = GainTableText.markdown(table(true));
        assertThat(text).contains("| Toy | -100.00 ± 0.00 †2 | +10.00 ± 0.00 |");
        assertThat(text).contains("†n: n of the cell's runs collapsed (2 in all)");
        assertThat(GainTableText.collapsedRuns(table(true))).isEqualTo(2);
    }

    @Test
    void withoutCollapseThereIsNoMarkAndNoNote() {
        String text = GainTableText.markdown(table(false));
        assertThat(text).doesNotContain("†");
        assertThat(GainTableText.collapsedRuns(table(false))).isZero();
    }

    @Test
    void csvLatexAndJsonCarryTheCount() {
        String csv = GainTableText.csv(table(true));
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",best,collapsed_runs");
        assertThat(csv).contains("Book,Toy,config-1,-100.000,").containsPattern("Book,Toy,config-1,.*,false,2\\n");
        assertThat(csv).containsPattern("Book,Toy,config-7,.*,true,0\\n");
        assertThat(GainTableText.latex(table(true))).contains("-100.00$^{\\dagger}$");
        @SuppressWarnings("unchecked")
        Map<String, Object> toy = (Map<String, Object>) ((Map<String, Object>) GainTableText.json(table(true)).get("Book")).get("Toy");
        assertThat(toy.get("collapsedRuns")).isEqualTo(Map.of("config-1", 2));
        @SuppressWarnings("unchecked")
        Map<String, Object> clean = (Map<String, Object>) ((Map<String, Object>) GainTableText.json(table(false)).get("Book")).get("Toy");
        assertThat(clean).doesNotContainKey("collapsedRuns");
    }

    @Test
    void aCellWhoseRunsAllCollapsedReadsNotAvailableWhenExcluded() {
        GainTable excluded = GainTable.of(List.of(
                run(RunKind.BASELINE, "baseline", 1, 0.5, false), run(RunKind.TRANSFER, "config-1", 1, 0.0, true),
                run(RunKind.TRANSFER, "config-7", 1, 0.55, false)), true);
        assertThat(GainTableText.markdown(excluded)).contains("| Toy | n/a †1 | +10.00 |");
        assertThat(GainTableText.latex(excluded)).contains("n/a$^{\\dagger}$");
        @SuppressWarnings("unchecked")
        Map<String, Object> toy = (Map<String, Object>) ((Map<String, Object>) GainTableText.json(excluded).get("Book")).get("Toy");
        assertThat(toy).containsEntry("config-1", null).containsEntry("best", "config-7");
    }

    @Test
    void aGainThatRoundsToZeroHasNoMinusSign() {
        GainTable table = GainTable.of(List.of(run(RunKind.BASELINE, "baseline", 1, 0.5, false),
                run(RunKind.TRANSFER, "config-1", 1, 0.499999, false)));
        assertThat(GainTableText.markdown(table)).contains("| Toy | +0.00 |").doesNotContain("-0.00");
        assertThat(GainTableText.latex(table)).contains("& +0.00 &");
    }

    private static boolean[] hits(int users, int hitUsers) {
        boolean[] hits = new boolean[users];
        for (int u = 0; u < hitUsers; u++) hits[u] = true;
        return hits;
    }

    /**
     * Toy: 3 seeds whose HRs go both ways (paired t: p about 0.5) while every discordant user favours
     * config-1 (McNemar: p tiny); Office: one seed, McNemar decides; Garden: one seed, no hits recorded.
     */
    private static GainTable mixed() {
        double[] baseHr = {0.50, 0.40, 0.60};
        double[] configHr = {0.55, 0.38, 0.62};
        List<SweepRunRecord> runs = new java.util.ArrayList<>();
        for (int s = 0; s < 3; s++) {
            runs.add(new SweepRunRecord(RunKind.BASELINE, null, "Toy", "baseline", s + 1, "b" + s, baseHr[s], hits(40, 0), false));
            runs.add(new SweepRunRecord(RunKind.TRANSFER, "Book", "Toy", "config-1", s + 1, "t" + s, configHr[s], hits(40, 20), false));
        }
        runs.add(new SweepRunRecord(RunKind.BASELINE, null, "Office", "baseline", 1, "bo", 0.4, hits(40, 0), false));
        runs.add(new SweepRunRecord(RunKind.TRANSFER, "Book", "Office", "config-1", 1, "to", 0.5, hits(40, 20), false));
        runs.add(new SweepRunRecord(RunKind.BASELINE, null, "Garden", "baseline", 1, "bg", 0.5, NO_HITS, false));
        runs.add(new SweepRunRecord(RunKind.TRANSFER, "Book", "Garden", "config-1", 1, "tg", 0.6, NO_HITS, false));
        return GainTable.of(runs);
    }

    @Test
    void markdownStarsByTheRuleAndItsFootnoteNamesTheTest() {
        String text = GainTableText.markdown(mixed());
        // Toy: t decides (p ~ 0.5) although McNemar alone would star it.
        assertThat(text).containsPattern("\\| Toy \\| \\+[0-9.]+ ± [0-9.]+ \\|");
        assertThat(text).containsPattern("\\| Office \\| [^|]*\\* \\|");
        assertThat(text).containsPattern("\\| Garden \\| \\+20\\.00 \\|");
        assertThat(text).contains("* p < 0.05, paired t-test of HR over seeds (McNemar over users' hits, pooled over seeds,"
                + " when fewer than 3 seeds or t is undefined).");
        assertThat(text).doesNotContain("paired t over seeds, or McNemar");
    }

    @Test
    void latexStarsByTheRuleAndEndsWithTheFootnote() {
        String latex = GainTableText.latex(mixed());
        assertThat(latex).containsPattern("Toy & \\+[0-9.]+ &");
        assertThat(latex).containsPattern("Office & \\+[0-9.]+\\$\\^\\{\\*\\}\\$ &");
        assertThat(latex.strip().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("\\par\\noindent{\\footnotesize $^{*}$ $p < 0.05$, paired t-test of HR over seeds (McNemar over"
                        + " users' hits, pooled over seeds, when fewer than 3 seeds or t is undefined).}");
    }

    @Test
    void csvCarriesBothPValuesTheDecidingTestAndTheStar() {
        List<String> lines = GainTableText.csv(mixed()).lines().toList();
        assertThat(lines.get(0)).isEqualTo("source,target,config,gain_percent,gain_std,hr,baseline_hr,baseline_hr_std,seeds,"
                + "pPairedT,pMcNemar,test,significant,best,collapsed_runs");
        String[] toy = lines.stream().filter(l -> l.startsWith("Book,Toy,")).findFirst().orElseThrow().split(",", -1);
        assertThat(toy).hasSize(15);
        assertThat(toy[8]).isEqualTo("3");
        assertThat(Double.parseDouble(toy[9])).isGreaterThan(0.3);
        assertThat(Double.parseDouble(toy[10])).isLessThan(1e-6);
        assertThat(toy[11]).isEqualTo("paired-t");
        assertThat(toy[12]).isEqualTo("false");
        String[] office = lines.stream().filter(l -> l.startsWith("Book,Office,")).findFirst().orElseThrow().split(",", -1);
        assertThat(office[9]).isEmpty();
        assertThat(office[11]).isEqualTo("mcnemar");
        assertThat(office[12]).isEqualTo("true");
        String[] garden = lines.stream().filter(l -> l.startsWith("Book,Garden,")).findFirst().orElseThrow().split(",", -1);
        assertThat(garden[9]).isEmpty();
        assertThat(garden[10]).isEmpty();
        assertThat(garden[11]).isEmpty();
        assertThat(garden[12]).isEqualTo("false");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonCellsHoldGainSpreadSeedsBothPValuesAndTheTestWithNullsForWhatCannotBeComputed() {
        GainTable table = mixed();
        Map<String, Object> cells = GainTableText.cells(table);
        assertThat(cells.keySet()).containsExactly("Book");
        Map<String, Object> targets = (Map<String, Object>) cells.get("Book");
        assertThat(targets.keySet()).containsExactly("Toy", "Office", "Garden");
        Map<String, Object> toy = (Map<String, Object>) ((Map<String, Object>) targets.get("Toy")).get("config-1");
        assertThat(toy.keySet()).containsExactly("gain", "sd", "seeds", "pPairedT", "pMcNemar", "significant", "test");
        assertThat((Double) toy.get("gain")).isEqualTo(table.sources().get("Book").get(0).cells().get(0).gain());
        assertThat((Double) toy.get("sd")).isPositive();
        assertThat(toy.get("seeds")).isEqualTo(3);
        assertThat((Double) toy.get("pPairedT")).isGreaterThan(0.3);
        assertThat((Double) toy.get("pMcNemar")).isLessThan(1e-6);
        assertThat(toy.get("significant")).isEqualTo(false);
        assertThat(toy.get("test")).isEqualTo(SignificanceRule.PAIRED_T);
        Map<String, Object> office = (Map<String, Object>) ((Map<String, Object>) targets.get("Office")).get("config-1");
        assertThat(office).containsEntry("sd", null).containsEntry("pPairedT", null)
                .containsEntry("significant", true).containsEntry("test", "mcnemar").containsEntry("seeds", 1);
        Map<String, Object> garden = (Map<String, Object>) ((Map<String, Object>) targets.get("Garden")).get("config-1");
        assertThat(garden).containsEntry("pPairedT", null).containsEntry("pMcNemar", null)
                .containsEntry("significant", false).containsEntry("test", null);
        assertThat((Double) garden.get("gain")).isCloseTo(20.0, org.assertj.core.api.Assertions.within(1e-9));
        // The sources map is unchanged: a config's value is still its gain.
        Map<String, Object> sourcesToy = (Map<String, Object>) ((Map<String, Object>) GainTableText.json(table).get("Book")).get("Toy");
        assertThat(sourcesToy.keySet()).containsExactly("config-1", "best", "bestHr", "baselineHr", "baselineSd", "baselineSeeds");
        assertThat(sourcesToy.get("config-1")).isEqualTo(toy.get("gain"));
    }
}
