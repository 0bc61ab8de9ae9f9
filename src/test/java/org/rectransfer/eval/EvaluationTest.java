package org.rectransfer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.DatasetBuilder;
import org.rectransfer.data.split.EvalCandidates;
import org.rectransfer.data.split.HoldOut;
import org.rectransfer.data.split.LeaveOneOut;
import org.rectransfer.data.split.Split;
import org.rectransfer.model.ItemScorer;

class EvaluationTest {

    /** 3 users x 30 items; user u interacted with items 3u .. 3u+4 (order = item). */
    private static Split split() {
        DatasetBuilder builder = new DatasetBuilder("E");
        for (int i = 0; i < 30; i++) builder.add("nobody", "i" + i, i);  // fixes item ids 0..29
        for (int u = 0; u < 3; u++) {
            for (int i = 3 * u; i < 3 * u + 5; i++) builder.add("u" + u, "i" + i, i);
        }
        Dataset data = builder.build();
        return LeaveOneOut.split(data, HoldOut.LATEST, 1);
    }

    /** Scores item i as i: a user's held-out (latest = highest id) item beats lower ids. */
    private static final ItemScorer BY_ID = (user, items, count, scores) -> {
        for (int k = 0; k < count; k++) scores[k] = items[k];
    };

    @Test
    void fullRankingCountsOnlyItemsWithoutTrainingInteraction() {
        Split split = split();
        EvalResult result = FullRankingEvaluation.evaluate(split, BY_ID, 10);
        // u1 (dense id 2) holds out item 7; items above it: 8..29 = 22, none in its training row.
        assertThat(split.testItem()[2]).isEqualTo(7);
        assertThat(result.ranks()[2]).isEqualTo(23);
        // "nobody" (id 0) holds out item 29, the highest: rank 1.
        assertThat(result.ranks()[0]).isEqualTo(1);
        assertThat(result.users()).isEqualTo(4);
    }

    @Test
    void sampledRankingUsesTheCandidatesAndAConstantScorerGetsNoHits() {
        Split split = split();
        EvalCandidates candidates = EvalCandidates.sample(split, 20, 3);
        EvalResult constant = SampledEvaluation.evaluate(split, candidates, (u, items, n, s) -> java.util.Arrays.fill(s, 0, n, 1f), 10);
        for (int u = 1; u < 4; u++) {
            assertThat(constant.ranks()[u]).isEqualTo(candidates.negativesOf(u).length + 1);
            assertThat(constant.hit(u)).isFalse();
        }

        EvalResult byId = SampledEvaluation.evaluate(split, candidates, BY_ID, 10);
        for (int u = 1; u < 4; u++) {
            int expected = 1;
            for (int negative : candidates.negativesOf(u)) if (negative >= split.testItem()[u]) expected++;
            assertThat(byId.ranks()[u]).isEqualTo(expected);
        }
    }

    @Test
    void popularityRanksByTrainingCounts() {
        DatasetBuilder builder = new DatasetBuilder("P");
        builder.add("a", "hot", 1); builder.add("b", "hot", 1); builder.add("c", "hot", 1);
        builder.add("a", "warm", 2); builder.add("b", "warm", 2);
        builder.add("a", "cold", 3);
        PopularityScorer popularity = new PopularityScorer(builder.build());
        float[] scores = new float[3];
        popularity.score(0, new int[] {0, 1, 2}, 3, scores);
        assertThat(scores).containsExactly(3f, 2f, 1f);
        assertThat(new Ndcg().value(1, 3, 10)).isCloseTo(1.0, within(0.0));
    }

    @Test
    void threadsDoNotChangeAnyRank() {
        Split split = split();
        EvalCandidates candidates = EvalCandidates.sample(split, 20, 3);
        ItemScorer hashed = (user, items, count, scores) -> {
            for (int k = 0; k < count; k++) scores[k] = ((items[k] * 31 + user * 17) % 13) / 13f;
        };
        EvalResult one = SampledEvaluation.evaluate(split, candidates, hashed, 10);
        EvalResult three = SampledEvaluation.evaluate(split, candidates, () -> hashed, 10, 3);
        assertThat(three.ranks()).containsExactly(one.ranks());
        assertThat(three.hr()).isEqualTo(one.hr());
    }

    @Test
    void aConstantScorerIsCollapsedWhateverTheThreadsAndAnInformativeOneIsNot() {
        Split split = split();
        EvalCandidates candidates = EvalCandidates.sample(split, 20, 3);
        ItemScorer constant = (u, items, n, s) -> java.util.Arrays.fill(s, 0, n, 0.25f);
        EvalResult flat = SampledEvaluation.evaluate(split, candidates, constant, 10);
        assertThat(flat.flatUsers()).isEqualTo(flat.users()).isEqualTo(4);
        assertThat(flat.collapsed()).isTrue();
        EvalResult threaded = SampledEvaluation.evaluate(split, candidates, () -> constant, 10, 3);
        assertThat(threaded.flatUsers()).isEqualTo(4);
        assertThat(threaded.collapsed()).isTrue();
        assertThat(FullRankingEvaluation.evaluate(split, constant, 10).collapsed()).isTrue();

        EvalResult informative = SampledEvaluation.evaluate(split, candidates, BY_ID, 10);
        // "nobody" touched every item, so its only candidate is its held-out item: trivially flat.
        assertThat(candidates.negativesOf(0)).isEmpty();
        assertThat(informative.flatUsers()).isEqualTo(1);
        assertThat(informative.collapsed()).isFalse();
        assertThat(FullRankingEvaluation.evaluate(split, BY_ID, 10).flatUsers()).isZero();
    }

    @Test
    void oneFlatUserDoesNotMakeARunCollapsed() {
        Split split = split();
        EvalCandidates candidates = EvalCandidates.sample(split, 20, 3);
        ItemScorer flatForUserOne = (u, items, n, s) -> {
            for (int k = 0; k < n; k++) s[k] = u == 1 ? 0f : items[k];
        };
        EvalResult result = SampledEvaluation.evaluate(split, candidates, flatForUserOne, 10);
        assertThat(result.flatUsers()).isEqualTo(2);   // user 1 and "nobody" (a single candidate)
        assertThat(result.collapsed()).isFalse();
    }
}
