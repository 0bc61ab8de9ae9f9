package org.rectransfer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rectransfer.data.TinyData.row;

import org.junit.jupiter.api.Test;

class FiltersTest {

    @Test
    void minUserDropsLightUsersAndItemsLeftWithoutInteractions() {
        Dataset data = TinyData.of("D",
                row("a", "x", 1), row("a", "y", 2), row("a", "z", 3),
                row("b", "x", 1), row("b", "w", 2));
        Dataset kept = Filters.apply(data, new FilterSpec(3, 0, false));
        assertThat(kept.users()).isEqualTo(1);
        assertThat(kept.userKey(0)).isEqualTo("a");
        assertThat(kept.items()).isEqualTo(3);
        assertThat(kept.interactions()).isEqualTo(3);
        assertThat(kept.name()).isEqualTo("D");
    }

    @Test
    void noneKeepsEverything() {
        Dataset data = TinyData.withDegrees("D", 1, 2, 5);
        Dataset kept = Filters.apply(data, FilterSpec.NONE);
        assertThat(kept.users()).isEqualTo(3);
        assertThat(kept.interactions()).isEqualTo(8);
    }

    @Test
    void singlePassAppliesItemThresholdThenUserThreshold() {
        // Items: x has 3 users, y 2, z 1. minItem 2 removes z; then b (x only) has 1 < 2 and goes.
        Dataset data = TinyData.of("D",
                row("a", "x", 1), row("a", "y", 2), row("a", "z", 3),
                row("b", "x", 1),
                row("c", "x", 1), row("c", "y", 2));
        Dataset kept = Filters.apply(data, new FilterSpec(2, 2, false));
        assertThat(kept.users()).isEqualTo(2);
        assertThat(kept.interactions()).isEqualTo(4);
        // After removing b, x still has 2 users: stable, so k-core gives the same result.
        assertThat(Filters.apply(data, new FilterSpec(2, 2, true)).interactions()).isEqualTo(4);
    }

    @Test
    void kcoreIteratesUntilBothThresholdsHold() {
        // Chain: removing user b drops item y below 2, which drops user a below 2.
        Dataset data = TinyData.of("D",
                row("a", "x", 1), row("a", "y", 2),
                row("b", "y", 1),
                row("c", "x", 1), row("c", "z", 2),
                row("d", "x", 1), row("d", "z", 2));
        Dataset once = Filters.apply(data, new FilterSpec(2, 2, false));
        Dataset core = Filters.apply(data, new FilterSpec(2, 2, true));
        assertThat(once.interactions()).isEqualTo(6);
        assertThat(core.interactions()).isEqualTo(4);
        for (int u = 0; u < core.users(); u++) assertThat(core.degree(u)).isGreaterThanOrEqualTo(2);
        for (int degree : core.itemDegrees()) assertThat(degree).isGreaterThanOrEqualTo(2);
    }

    @Test
    void negativeThresholdsAreRejected() {
        assertThatThrownBy(() -> new FilterSpec(-1, 0, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void histogramCountsUsersPerDegree() {
        ActivityHistogram histogram = ActivityHistogram.of(TinyData.withDegrees("D", 1, 3, 3, 5));
        assertThat(histogram.maxDegree()).isEqualTo(5);
        assertThat(histogram.count(3)).isEqualTo(2);
        assertThat(histogram.count(2)).isZero();
        assertThat(histogram.countBetween(2, 6)).isEqualTo(3);
        assertThat(DomainStats.of(TinyData.withDegrees("D", 1, 3)).interactions()).isEqualTo(4);
    }

    @Test
    void aShareOfTheUsersIsDrawnBySeedAfterTheThresholdsWithAllTheirInteractions() {
        Dataset data = TinyData.withDegrees("D", 1, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        FilterSpec quarter = new FilterSpec(3, 0, false).sampled(0.25, 7);
        Dataset kept = Filters.apply(data, quarter);
        // Ten users pass the threshold of 3; a quarter of ten, rounded, is 3 (never the light user).
        assertThat(kept.users()).isEqualTo(3);
        java.util.Set<String> users = new java.util.HashSet<>();
        for (int u = 0; u < kept.users(); u++) {
            users.add(kept.userKey(u));
            int original = java.util.Arrays.asList(keys(data)).indexOf(kept.userKey(u));
            assertThat(kept.degree(u)).as("all of a kept user's interactions").isEqualTo(data.degree(original));
        }
        assertThat(users).doesNotContain(data.userKey(0));
        // The same seed draws the same users; over seeds, the draws differ.
        assertThat(keys(Filters.apply(data, quarter))).containsExactly(keys(kept));
        java.util.Set<java.util.List<String>> draws = new java.util.HashSet<>();
        for (long seed = 1; seed <= 10; seed++) {
            draws.add(java.util.List.of(keys(Filters.apply(data, new FilterSpec(3, 0, false).sampled(0.25, seed)))));
        }
        assertThat(draws).hasSizeGreaterThan(3);
    }

    @Test
    void aShareOfOneKeepsEveryUserAndForgetsItsSeed() {
        Dataset data = TinyData.withDegrees("D", 1, 2, 5);
        FilterSpec all = FilterSpec.NONE.sampled(1, 9);
        assertThat(all).isEqualTo(FilterSpec.NONE);
        assertThat(Filters.apply(data, all).users()).isEqualTo(3);
        assertThatThrownBy(() -> FilterSpec.NONE.sampled(0, 1)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> FilterSpec.NONE.sampled(1.5, 1)).hasMessageContaining("(0, 1]");
    }

    private static String[] keys(Dataset data) {
        String[] keys = new String[data.users()];
        for (int u = 0; u < keys.length; u++) keys[u] = data.userKey(u);
        return keys;
    }
}
