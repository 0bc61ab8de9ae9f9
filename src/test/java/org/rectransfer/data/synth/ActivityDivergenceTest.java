package org.rectransfer.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The targets' activity histograms lie at varied distances from the sources', so the paper's
 * relatedness measure (KL divergence of the histograms) has something to measure.
 */
class ActivityDivergenceTest {
    private final Map<String, SyntheticDomain> domains = new SyntheticGenerator()
            .generateAll(SampleDomains.DEFAULT_SEED).stream()
            .collect(Collectors.toMap(SyntheticDomain::name, Function.identity()));

    @Test
    void targetsRangeFromNearTheSourcesToFarFromThem() {
        List<Double> fromBook = domains.values().stream().filter(d -> d.recipe().role() == Role.TARGET)
                .map(d -> kld(domains.get("Book").degrees(), d.degrees())).toList();
        assertThat(fromBook.stream().filter(k -> k < 0.2)).as("near Book: %s", fromBook).hasSizeGreaterThanOrEqualTo(3);
        assertThat(fromBook.stream().filter(k -> k > 0.5)).as("far from Book: %s", fromBook).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theSourcesDifferFromEachOther() {
        assertThat(kld(domains.get("Book").degrees(), domains.get("Movie").degrees())).isGreaterThan(0.05);
        assertThat(kld(domains.get("Movie").degrees(), domains.get("Kindle").degrees())).isGreaterThan(0.05);
    }

    @Test
    void unrelatedTargetsAreBothNearAndFarSoDivergenceAloneCannotTellThem() {
        int[] book = domains.get("Book").degrees();
        assertThat(kld(book, domains.get("DigitalMusic").degrees())).isLessThan(0.3);
        assertThat(kld(book, domains.get("Cellphone").degrees())).isGreaterThan(0.5);
    }

    /** KLD(P || Q) over shared bins of width 5, each bin smoothed by 0.001 users per user. */
    static double kld(int[] p, int[] q) {
        int max = 0;
        for (int d : p) max = Math.max(max, d);
        for (int d : q) max = Math.max(max, d);
        double[] hp = histogram(p, max / 5 + 1);
        double[] hq = histogram(q, max / 5 + 1);
        double sum = 0;
        for (int b = 0; b < hp.length; b++) sum += hp[b] * Math.log(hp[b] / hq[b]);
        return sum;
    }

    private static double[] histogram(int[] degrees, int bins) {
        double[] h = new double[bins];
        for (int d : degrees) h[d / 5] += 1;
        double total = 0;
        for (int b = 0; b < bins; b++) total += h[b] += 1e-3 * degrees.length;
        for (int b = 0; b < bins; b++) h[b] /= total;
        return h;
    }
}
