package org.rectransfer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rectransfer.data.DatasetBuilder;
import org.rectransfer.data.split.EvalCandidates;
import org.rectransfer.data.split.HoldOut;
import org.rectransfer.data.split.LeaveOneOut;
import org.rectransfer.data.split.Split;
import org.rectransfer.model.ItemScorer;

class AucTest {
    private final Auc auc = new Auc();

    @Test
    void isTheFractionOfTheOtherCandidatesRankedBelow() {
        assertThat(auc.value(1, 100, 10)).isEqualTo(1.0);
        assertThat(auc.value(100, 100, 10)).isEqualTo(0.0);
        assertThat(auc.value(11, 100, 10)).isEqualTo(89.0 / 99);
        assertThat(auc.value(2, 3, 10)).isEqualTo(0.5);
        assertThat(auc.value(11, 100, 5)).as("no cut-off").isEqualTo(auc.value(11, 100, 50));
    }

    @Test
    void aSingleCandidateIsTriviallyFirst() {
        assertThat(auc.value(1, 1, 10)).isEqualTo(1.0);
    }

    @Test
    void isRegisteredWithoutACutOffInItsLabel() {
        assertThat(auc.name()).isEqualTo("auc");
        assertThat(auc.label(10)).isEqualTo("AUC");
        assertThat(RankingMetrics.named("auc")).isEqualTo(auc);
    }

    /** 3 users x 30 items as in EvaluationTest; user u interacted with items 3u .. 3u+4 (order = item). */
    private static Split split() {
        DatasetBuilder builder = new DatasetBuilder("E");
        for (int i = 0; i < 30; i++) builder.add("nobody", "i" + i, i);
        for (int u = 0; u < 3; u++) {
            for (int i = 3 * u; i < 3 * u + 5; i++) builder.add("u" + u, "i" + i, i);
        }
        return LeaveOneOut.split(builder.build(), HoldOut.LATEST, 1);
    }

    @Test
    void fullRankingCountsTheItemsEachUserHasNotTrainedOn() {
        ItemScorer byId = (user, items, count, scores) -> {
            for (int k = 0; k < count; k++) scores[k] = items[k];
        };
        // Items 0..29 scored by id. "nobody" trained on 29 items: 1 candidate, AUC 1. u0, u1, u2
        // trained on 4 items each: 26 candidates; held-out 4, 7, 10 rank 26, 23, 20: AUC 0, 3/25, 6/25.
        EvalResult result = FullRankingEvaluation.evaluate(split(), byId, 10);
        assertThat(result.ranks()).containsExactly(1, 26, 23, 20);
        assertThat(result.metric("auc")).isCloseTo((1 + 0 + 3.0 / 25 + 6.0 / 25) / 4, within(1e-12));
    }

    @Test
    void sampledEvaluationCountsTheHeldOutItemAndItsNegatives() {
        Split split = split();
        EvalCandidates candidates = EvalCandidates.sample(split, 20, 3);
        // A constant scorer ranks every held-out item last (ties count against it): AUC 0, except for
        // "nobody", whose only candidate is its held-out item.
        EvalResult constant = SampledEvaluation.evaluate(split, candidates, (u, items, n, s) -> Arrays.fill(s, 0, n, 1f), 10);
        assertThat(candidates.negativesOf(0)).isEmpty();
        assertThat(constant.metric("auc")).isEqualTo(0.25);
    }
}
