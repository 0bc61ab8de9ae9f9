package org.rectransfer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rectransfer.data.DomainStats;

/** Reproduces the Book column of the paper's Table 6b from its Tables 2 and 3. */
class TargetFactorsTest {
    // Table 2 (users, items, ratings, sparsity %) of the 15 targets, in Table 3's order.
    private static final String[] TARGETS = {"Sport", "Clothing", "CD", "Pet", "DigitalMusic", "Home", "Toy",
            "Videogame", "Art", "Automotive", "Cellphone", "Food", "Instrument", "Office", "Garden"};
    private static final double[][] TABLE_2 = {
            {2826, 14016, 109229, 99.72}, {11975, 69009, 743040, 99.91}, {5019, 12847, 193170, 99.70},
            {2153, 7591, 95753, 99.41}, {230, 2116, 7146, 98.53}, {2002, 9962, 73672, 99.63},
            {2181, 9577, 66321, 99.68}, {514, 1996, 16496, 98.39}, {531, 3492, 17804, 99.04},
            {2196, 13435, 87418, 99.70}, {146, 1726, 3813, 98.49}, {1451, 6134, 59899, 99.33},
            {173, 1271, 7185, 96.73}, {543, 2768, 19309, 98.72}, {213, 1877, 5957, 98.51}};
    // Table 3 (source Book), gains of Config-1, Config-5, Config-6, Config-7.
    private static final double[][] BOOK_GAINS = {
            {-11.40, 2.64, 3.17, 1.44}, {19.90, 4.59, 4.26, 0.61}, {-1.78, -2.15, 0.14, -1.03},
            {-4.41, 0.02, -0.65, -0.30}, {-10.74, -0.43, -6.06, -9.53}, {1.80, 10.89, 8.59, 3.81},
            {-8.31, -0.88, -1.47, 0.38}, {-0.43, 0.97, 1.07, 1.58}, {2.80, 6.47, 9.05, 8.48},
            {-4.59, 1.85, 2.74, 0.24}, {-19.85, -12.58, -7.75, -9.36}, {0.35, 4.51, 0.30, -1.15},
            {-13.61, -3.24, -4.63, -7.38}, {-0.52, -2.98, -0.80, -2.47}, {-8.29, -4.51, -7.52, -0.80}};
    // Table 6b, Book column: r (p) for Config-1, 5, 6, 7 (printed 0.074 for 0.0747: rounding in the paper).
    private static final double[][] TABLE_6B_BOOK = {{0.48, 0.069}, {0.47, 0.074}, {0.55, 0.032}, {0.54, 0.037}};
    // scipy.stats.pearsonr on the same numbers, to full precision.
    private static final double[][] SCIPY = {
            {0.4822607815369131, 0.06867190496515821}, {0.47331311951583915, 0.07474401320657431},
            {0.5538668912254555, 0.0321758115087536}, {0.5413538876891939, 0.0371476286958208}};

    @Test
    void sparsityCorrelationsReproduceTable6bForBook() {
        for (int config = 0; config < 4; config++) {
            TargetFactors f = TargetFactors.of(observations(config));
            Correlation c = f.withSparsity();
            assertThat(c.n()).isEqualTo(15);
            assertThat(c.coefficient()).isCloseTo(TABLE_6B_BOOK[config][0], within(0.005))
                    .isCloseTo(SCIPY[config][0], within(1e-12));
            assertThat(c.p()).isCloseTo(TABLE_6B_BOOK[config][1], within(0.001))
                    .isCloseTo(SCIPY[config][1], within(1e-12));
        }
    }

    @Test
    void sizeIsTheNumberOfInteractionsByDefault() {
        // Config-1 from Book against #ratings: scipy gives r = 0.739855779733132, p = 0.0016148469023163933,
        // the one significant cell the paper's text mentions for Table 6a.
        Correlation c = TargetFactors.of(observations(0)).withSize();
        assertThat(c.coefficient()).isCloseTo(0.739855779733132, within(1e-12));
        assertThat(c.p()).isCloseTo(0.0016148469023163933, within(1e-12));
        DomainStats art = new DomainStats("Art", 531, 3492, 17804, 0.9904);
        assertThat(TargetObservation.of(2.8, art, SizeMeasure.USERS).size()).isEqualTo(531);
        assertThat(TargetObservation.of(2.8, art, SizeMeasure.INTERACTIONS))
                .isEqualTo(new TargetObservation("Art", 2.8, 17804, 0.9904));
    }

    @Test
    void tooFewTargetsGiveUndefinedCorrelations() {
        TargetFactors f = TargetFactors.of(observations(0).subList(0, 2));
        assertThat(f.withSize().isDefined()).isFalse();
        assertThat(f.withSparsity().undefinedReason()).contains("at least 3");
    }

    private static List<TargetObservation> observations(int config) {
        List<TargetObservation> rows = new ArrayList<>();
        for (int t = 0; t < TARGETS.length; t++) {
            double[] s = TABLE_2[t];
            DomainStats stats = new DomainStats(TARGETS[t], (int) s[0], (int) s[1], (int) s[2], s[3] / 100);
            rows.add(TargetObservation.of(BOOK_GAINS[t][config], stats, SizeMeasure.INTERACTIONS));
        }
        return rows;
    }
}
