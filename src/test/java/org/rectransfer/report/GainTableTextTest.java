package org.rectransfer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rectransfer.experiment.GainTable;
import org.rectransfer.experiment.SweepRunRecord;

class GainTableTextTest {
    private static final boolean[] NO_HITS = new boolean[0];

    private static SweepRunRecord run(String kind, String config, long seed, double hr, boolean collapsed) {
        return new SweepRunRecord(kind, kind.equals("transfer") ? "Book" : null, "Toy", config, seed,
                kind + config + seed, hr, NO_HITS, collapsed);
    }

    private static GainTable table(boolean collapsed) {
        return GainTable.of(List.of(
                run("baseline", "baseline", 1, 0.5, false), run("baseline", "baseline", 2, 0.4, false),
                run("transfer", "config-1", 1, 0.0, collapsed), run("transfer", "config-1", 2, 0.0, collapsed),
                run("transfer", "config-7", 1, 0.55, false), run("transfer", "config-7", 2, 0.44, false)));
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
                run("baseline", "baseline", 1, 0.5, false), run("transfer", "config-1", 1, 0.0, true),
                run("transfer", "config-7", 1, 0.55, false)), true);
        assertThat(GainTableText.markdown(excluded)).contains("| Toy | n/a †1 | +10.00 |");
        assertThat(GainTableText.latex(excluded)).contains("n/a$^{\\dagger}$");
        @SuppressWarnings("unchecked")
        Map<String, Object> toy = (Map<String, Object>) ((Map<String, Object>) GainTableText.json(excluded).get("Book")).get("Toy");
        assertThat(toy).containsEntry("config-1", null).containsEntry("best", "config-7");
    }

    @Test
    void aGainThatRoundsToZeroHasNoMinusSign() {
        GainTable table = GainTable.of(List.of(run("baseline", "baseline", 1, 0.5, false),
                run("transfer", "config-1", 1, 0.499999, false)));
        assertThat(GainTableText.markdown(table)).contains("| Toy | +0.00 |").doesNotContain("-0.00");
        assertThat(GainTableText.latex(table)).contains("& +0.00 &");
    }
}
