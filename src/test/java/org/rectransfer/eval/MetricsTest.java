package org.rectransfer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void hitRatioCutsOffAtK() {
        HitRatio hr = new HitRatio(10);
        assertThat(hr.of(1)).isEqualTo(1.0);
        assertThat(hr.of(10)).isEqualTo(1.0);
        assertThat(hr.of(11)).isEqualTo(0.0);
        assertThat(hr.name()).isEqualTo("HR@10");
    }

    @Test
    void ndcgIsOneOverLog2OfRankPlusOne() {
        Ndcg ndcg = new Ndcg(10);
        assertThat(ndcg.of(1)).isEqualTo(1.0);
        assertThat(ndcg.of(3)).isCloseTo(0.5, within(1e-12));          // 1/log2(4)
        assertThat(ndcg.of(7)).isCloseTo(1.0 / 3.0, within(1e-12));    // 1/log2(8)
        assertThat(ndcg.of(2)).isCloseTo(0.6309297535714574, within(1e-12));
        assertThat(ndcg.of(11)).isZero();
    }

    @Test
    void reciprocalRankHasNoCutOff() {
        assertThat(new ReciprocalRank().of(4)).isEqualTo(0.25);
        assertThat(new ReciprocalRank().of(200)).isEqualTo(0.005);
    }

    @Test
    void tiesCountAgainstTheHeldOutItem() {
        float[] others = {0.9f, 0.5f, 0.5f, 0.1f};
        assertThat(Ranks.pessimistic(0.5f, others, 0, 4)).isEqualTo(4);  // 0.9 and both 0.5 beat or tie it
        assertThat(Ranks.pessimistic(0.95f, others, 0, 4)).isEqualTo(1);
        assertThat(Ranks.pessimistic(0.0f, others, 0, 4)).isEqualTo(5);
        float[] constant = {0.3f, 0.3f, 0.3f};
        assertThat(Ranks.pessimistic(0.3f, constant, 0, 3)).as("a constant scorer ranks last").isEqualTo(4);
        assertThat(Ranks.pessimistic(Float.NaN, others, 0, 4)).isEqualTo(5);
        assertThat(Ranks.pessimistic(0.5f, others, 2, 2)).isEqualTo(2);
    }

    @Test
    void resultAveragesOverEvaluatedUsersOnly() {
        // Ranks 1, 3, 12 and one skipped user (0).
        EvalResult result = EvalResult.of("sampled", 10, new int[] {1, 0, 3, 12});
        assertThat(result.users()).isEqualTo(3);
        assertThat(result.hr()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(result.ndcg()).isCloseTo((1.0 + 0.5 + 0.0) / 3, within(1e-12));
        assertThat(result.mrr()).isCloseTo((1.0 + 1.0 / 3 + 1.0 / 12) / 3, within(1e-12));
        assertThat(result.hit(0)).isTrue();
        assertThat(result.hit(1)).isFalse();
        assertThat(result.hit(3)).isFalse();
    }
}
