package org.rectransfer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectransfer.data.TinyData.row;

import org.junit.jupiter.api.Test;

class DatasetBuilderTest {

    @Test
    void numbersUsersAndItemsByFirstAppearanceAndCountsInteractions() {
        Dataset data = TinyData.of("D", row("alice", "x", 5), row("bob", "y", 1), row("alice", "y", 2));
        assertThat(data.users()).isEqualTo(2);
        assertThat(data.items()).isEqualTo(2);
        assertThat(data.interactions()).isEqualTo(3);
        assertThat(data.userKey(0)).isEqualTo("alice");
        assertThat(data.itemKey(1)).isEqualTo("y");
        assertThat(data.sparsity()).isEqualTo(1.0 - 3.0 / 4.0);
    }

    @Test
    void ordersEachRowByOrderKey() {
        Dataset data = TinyData.of("D", row("a", "late", 9), row("a", "early", 1), row("a", "mid", 4));
        assertThat(data.itemsOf(0)).containsExactly(1, 2, 0);
        assertThat(data.orderAt(data.rowStart(0))).isEqualTo(1);
    }

    @Test
    void mergesDuplicatePairsKeepingTheEarliestOrder() {
        Dataset data = TinyData.of("D", row("a", "x", 7), row("a", "y", 5), row("a", "x", 3), row("a", "x", 8));
        assertThat(data.interactions()).isEqualTo(2);
        assertThat(data.itemsOf(0)).containsExactly(0, 1);
        assertThat(data.orderAt(0)).isEqualTo(3);
    }

    @Test
    void containsAnswersMembershipPerUser() {
        Dataset data = TinyData.of("D", row("a", "x", 1), row("b", "y", 1), row("a", "z", 2));
        assertThat(data.contains(0, 0)).isTrue();
        assertThat(data.contains(0, 1)).isFalse();
        assertThat(data.contains(1, 1)).isTrue();
        assertThat(data.contains(0, 2)).isTrue();
    }

    @Test
    void emptyBuilderGivesAnEmptyDataset() {
        Dataset data = new DatasetBuilder("E").build();
        assertThat(data.users()).isZero();
        assertThat(data.interactions()).isZero();
        assertThat(data.sparsity()).isZero();
    }
}
