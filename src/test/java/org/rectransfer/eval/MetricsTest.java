package org.rectransfer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void hitRatioCutsOffAtK() {
        HitRatio hr = new HitRatio();
        assertThat(hr.value(1, 100, 10)).isEqualTo(1.0);
        assertThat(hr.value(10, 100, 10)).isEqualTo(1.0);
        assertThat(hr.value(11, 100, 10)).isEqualTo(0.0);
        assertThat(hr.name()).isEqualTo("hr");
        assertThat(hr.label(10)).isEqualTo("HR@10");
    }

    @Test
    void ndcgIsOneOverLog2OfRankPlusOne() {
        Ndcg ndcg = new Ndcg();
        assertThat(ndcg.value(1, 100, 10)).isEqualTo(1.0);
        assertThat(ndcg.value(3, 100, 10)).isCloseTo(0.5, within(1e-12));          // 1/log2(4)
        assertThat(ndcg.value(7, 100, 10)).isCloseTo(1.0 / 3.0, within(1e-12));    // 1/log2(8)
        assertThat(ndcg.value(2, 100, 10)).isCloseTo(0.6309297535714574, within(1e-12));
        assertThat(ndcg.value(11, 100, 10)).isZero();
        assertThat(ndcg.label(5)).isEqualTo("NDCG@5");
    }

    @Test
    void reciprocalRankHasNoCutOff() {
        assertThat(new ReciprocalRank().value(4, 100, 10)).isEqualTo(0.25);
        assertThat(new ReciprocalRank().value(200, 1000, 10)).isEqualTo(0.005);
        assertThat(new ReciprocalRank().label(10)).isEqualTo("MRR");
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
        EvalResult result = EvalResult.of("sampled", 10, new int[] {1, 0, 3, 12}, new int[] {100, 0, 100, 100}, 0);
        assertThat(result.users()).isEqualTo(3);
        assertThat(result.hr()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(result.metric("ndcg")).isCloseTo((1.0 + 0.5 + 0.0) / 3, within(1e-12));
        assertThat(result.metric("mrr")).isCloseTo((1.0 + 1.0 / 3 + 1.0 / 12) / 3, within(1e-12));
        assertThat(result.hit(0)).isTrue();
        assertThat(result.hit(1)).isFalse();
        assertThat(result.hit(3)).isFalse();
    }

    @Test
    void resultListsEveryRegisteredMetricInRegistryOrderAndCannotBeChanged() {
        EvalResult result = EvalResult.of("full", 10, new int[] {2, 5}, new int[] {50, 50}, 0);
        assertThat(result.metrics().keySet()).containsExactlyElementsOf(RankingMetrics.names());
        assertThat(RankingMetrics.names()).startsWith("hr", "ndcg", "mrr");
        assertThatThrownBy(() -> result.metrics().put("hr", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(EvalResult.of("sampled", 10, new int[] {0, 0}, new int[] {0, 0}, 0).metrics().values()).containsOnly(0.0);
    }

    @Test
    void anUnknownMetricNameIsAClearError() {
        EvalResult result = EvalResult.of("sampled", 10, new int[] {1}, new int[] {100}, 0);
        assertThatThrownBy(() -> result.metric("precision")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown ranking metric 'precision'").hasMessageContaining("hr, ndcg, mrr");
        assertThatThrownBy(() -> RankingMetrics.named("HR@10")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RankingMetrics.named("ndcg")).isInstanceOf(Ndcg.class);
    }

    @Test
    void aResultSurvivesSerializationWithItsMetricsInOrder() throws Exception {
        // Results travel to and from Spark executors by Java serialization.
        EvalResult result = EvalResult.of("sampled", 10, new int[] {1, 0, 3, 12}, new int[] {100, 0, 100, 100}, 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(result);
        }
        EvalResult back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (EvalResult) in.readObject();
        }
        assertThat(back.metrics()).containsExactlyEntriesOf(result.metrics());
        assertThat(back.ranks()).containsExactly(result.ranks());
        assertThat(back.flatUsers()).isEqualTo(1);
    }
}
