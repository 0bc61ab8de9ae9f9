package org.rectransfer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A network too large for the heap is refused in one line before anything is allocated. */
class MemoryBudgetTest {
    private static final long GB = 1L << 30;

    @Test
    void estimateCountsEveryCopyOfTheParameters() {
        NetworkSpec spec = new NetworkSpec(1000, 2000, 32, List.of(64, 32, 16, 8));
        assertThat(MemoryBudget.trainingBytes(spec)).isEqualTo(spec.parameterCount() * 4 * MemoryBudget.COPIES);
    }

    @Test
    void aNetworkThatFitsPassesOneThatDoesNotIsRefusedWithTheEstimateAndTheHeap() {
        NetworkSpec small = new NetworkSpec(5000, 4000, 32, List.of(64, 32, 16, 8));
        MemoryBudget.check(small, GB);
        NetworkSpec huge = new NetworkSpec(75_000, 64_000, 4096, List.of(64, 32, 16, 8));
        assertThatThrownBy(() -> MemoryBudget.check(huge, 6 * GB))
                .isInstanceOf(MemoryBudget.ModelTooLargeException.class)
                .hasMessageContaining("75,000 users and 64,000 items with embedding 4096")
                .hasMessageContaining("needs about 11.4 GB").hasMessageContaining("6.4 GB of heap")
                .hasMessageContaining("-Xmx13g").hasMessageNotContaining("\n");
    }

    @Test
    void initialisationChecksBeforeAllocating() {
        NetworkSpec huge = new NetworkSpec(2_000_000, 2_000_000, 4096, List.of(8));
        assertThatThrownBy(() -> NcfInitializer.initialise(huge, 1)).isInstanceOf(MemoryBudget.ModelTooLargeException.class);
    }
}
