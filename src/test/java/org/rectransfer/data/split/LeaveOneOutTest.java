package org.rectransfer.data.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.TinyData;

class LeaveOneOutTest {
    private final Dataset data = TinyData.withDegrees("D", 5, 1, 8, 2, 0 + 3);

    @Test
    void holdsOutOneInteractionPerUserAndSkipsUsersWithFewerThanTwo() {
        Split split = LeaveOneOut.split(data, HoldOut.RANDOM, 7);
        assertThat(split.skippedUsers()).isEqualTo(1);
        assertThat(split.evaluatedUsers()).isEqualTo(4);
        assertThat(split.isEvaluated(1)).isFalse();
        assertThat(split.train().interactions()).isEqualTo(data.interactions() - 4);
        assertThat(split.train().degree(1)).isEqualTo(1);
        for (int u = 0; u < data.users(); u++) {
            if (!split.isEvaluated(u)) continue;
            assertThat(data.contains(u, split.testItem()[u])).isTrue();
            assertThat(split.train().contains(u, split.testItem()[u])).isFalse();
            assertThat(split.train().degree(u)).isEqualTo(data.degree(u) - 1);
        }
    }

    @Test
    void sameSeedSameSplitAndSeedsDiffer() {
        int[] first = LeaveOneOut.split(data, HoldOut.RANDOM, 1).testItem();
        assertThat(LeaveOneOut.split(data, HoldOut.RANDOM, 1).testItem()).containsExactly(first);
        boolean anyDiffers = false;
        for (long seed = 2; seed < 20 && !anyDiffers; seed++) {
            anyDiffers = !java.util.Arrays.equals(first, LeaveOneOut.split(data, HoldOut.RANDOM, seed).testItem());
        }
        assertThat(anyDiffers).isTrue();
    }

    @Test
    void latestHoldsOutTheLastByOrderKey() {
        Dataset timed = TinyData.of("T", TinyData.row("a", "x", 30), TinyData.row("a", "y", 10),
                TinyData.row("a", "z", 20));
        Split split = LeaveOneOut.split(timed, HoldOut.LATEST, 1);
        assertThat(timed.itemKey(split.testItem()[0])).isEqualTo("x");
    }

    @Test
    void evalCandidatesAreDistinctUnseenAndDeterministic() {
        Dataset wide = TinyData.withDegrees("W", 10, 3, 2);
        Dataset many = withExtraItems(wide, 200);
        Split split = LeaveOneOut.split(many, HoldOut.RANDOM, 3);
        assertThat(many.items() - many.degree(0)).isGreaterThan(99);
        EvalCandidates candidates = EvalCandidates.sample(split, 99, 11);
        for (int u = 0; u < many.users(); u++) {
            int[] negatives = candidates.negativesOf(u);
            assertThat(negatives).hasSize(Math.min(99, many.items() - many.degree(u))).doesNotHaveDuplicates();
            for (int item : negatives) assertThat(many.contains(u, item)).isFalse();
        }
        assertThat(EvalCandidates.sample(split, 99, 11).negativesOf(2)).containsExactly(candidates.negativesOf(2));
    }

    @Test
    void evalCandidatesShrinkWhenTooFewItemsAreUnseen() {
        Dataset small = TinyData.withDegrees("S", 4, 2);  // 4 items in all
        Split split = LeaveOneOut.split(small, HoldOut.RANDOM, 3);
        EvalCandidates candidates = EvalCandidates.sample(split, 99, 1);
        assertThat(candidates.negativesOf(0)).isEmpty();
        assertThat(candidates.negativesOf(1)).containsExactlyInAnyOrder(2, 3);
    }

    /** Adds a user who touched {@code extra} new items, so the item space is large. */
    private static Dataset withExtraItems(Dataset data, int extra) {
        org.rectransfer.data.DatasetBuilder builder = new org.rectransfer.data.DatasetBuilder(data.name());
        for (int u = 0; u < data.users(); u++) {
            for (int k = data.rowStart(u); k < data.rowStart(u) + data.degree(u); k++) {
                builder.add(data.userKey(u), data.itemKey(data.itemAt(k)), data.orderAt(k));
            }
        }
        for (int i = 0; i < extra; i++) builder.add("heavy", "extra" + i, i);
        return builder.build();
    }
}
