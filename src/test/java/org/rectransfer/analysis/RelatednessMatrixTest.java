package org.rectransfer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rectransfer.data.TinyData;

class RelatednessMatrixTest {
    private final List<NamedHistogram> domains = List.of(
            NamedHistogram.of(TinyData.withDegrees("Book", 20, 22, 30, 31, 64, 120)),
            NamedHistogram.of(TinyData.withDegrees("Art", 20, 20, 21, 25)),
            NamedHistogram.of(TinyData.withDegrees("Toy", 40, 45, 90)));

    @Test
    void holdsTheDivergenceOfEveryOrderedPairWithAZeroDiagonal() {
        RelatednessMatrix m = RelatednessMatrix.of(domains);
        assertThat(m.names()).containsExactly("Book", "Art", "Toy");
        for (int s = 0; s < 3; s++) {
            for (int t = 0; t < 3; t++) {
                double expected = s == t ? 0 : Kld.between(domains.get(s).histogram(), domains.get(t).histogram());
                assertThat(m.kld(s, t)).isEqualTo(expected).isFinite();
            }
        }
        assertThat(m.kld("Book", "Art")).isEqualTo(m.kld(0, 1)).isNotEqualTo(m.kld("Art", "Book"));
        assertThat(m.toArray()[2][0]).isEqualTo(m.kld("Toy", "Book"));
        assertThat(m.binning()).isEqualTo(Binning.defaults());
        assertThat(m.smoothing()).isEqualTo(Smoothing.defaults());
    }

    @Test
    void rejectsUnknownAndDuplicateNames() {
        RelatednessMatrix m = RelatednessMatrix.of(domains, Binning.perDegree(), Smoothing.laplace());
        assertThatThrownBy(() -> m.kld("Book", "Movie")).hasMessageContaining("Movie");
        assertThatThrownBy(() -> RelatednessMatrix.of(List.of(domains.get(0), domains.get(0))))
                .hasMessageContaining("duplicate");
    }
}
