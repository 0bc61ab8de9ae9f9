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
}
