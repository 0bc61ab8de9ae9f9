package org.rectransfer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecallTest {
    private final Recall recall = new Recall();

    @Test
    void theHeldOutItemIsFoundInTheTopKOrNot() {
        assertThat(recall.value(1, 100, 10)).isEqualTo(1.0);
        assertThat(recall.value(10, 100, 10)).isEqualTo(1.0);
        assertThat(recall.value(11, 100, 10)).isEqualTo(0.0);
        assertThat(recall.value(100, 100, 10)).isEqualTo(0.0);
        assertThat(recall.value(5, 5, 5)).isEqualTo(1.0);
    }

    @Test
    void withOneHeldOutItemItEqualsTheHitRatio() {
        HitRatio hr = new HitRatio();
        for (int rank = 1; rank <= 100; rank++) assertThat(recall.value(rank, 100, 10)).isEqualTo(hr.value(rank, 100, 10));
    }

    @Test
    void isRegisteredAndComputedWithEveryResult() {
        assertThat(recall.name()).isEqualTo("recall");
        assertThat(recall.label(10)).isEqualTo("Recall@10");
        assertThat(RankingMetrics.named("recall")).isEqualTo(recall);
        EvalResult result = EvalResult.of("sampled", 10, new int[] {1, 0, 3, 12}, new int[] {100, 0, 100, 100}, 0);
        assertThat(result.metric("recall")).isEqualTo(result.hr()).isEqualTo(2.0 / 3);
    }
}
