package org.rectransfer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The step hand-off: every piece runs exactly once per step, failures reach the caller. */
class StepCrewTest {
    @Test
    void everyPieceRunsOncePerStep() {
        AtomicIntegerArray runs = new AtomicIntegerArray(4);
        try (StepCrew crew = new StepCrew(3, runs::incrementAndGet, "test-crew")) {
            // Many short steps with a changing piece count: a helper that lags a step behind must
            // neither claim a piece of the next step nor take the next step's piece count for its
            // own (it once did, and ran a piece twice: this test saw 1001 runs of 1000).
            for (int step = 0; step < 200_000; step++) {
                crew.run(1 + step % 4);
            }
        }
        // Piece p runs in the steps with more than p pieces: 200,000 steps, pieces cycling 1..4.
        assertThat(runs.get(0)).isEqualTo(200_000);
        assertThat(runs.get(1)).isEqualTo(150_000);
        assertThat(runs.get(2)).isEqualTo(100_000);
        assertThat(runs.get(3)).isEqualTo(50_000);
    }

    @Test
    void aFailingPieceFailsTheStepAndTheCrewGoesOn() {
        boolean[] fail = {true};
        try (StepCrew crew = new StepCrew(1, piece -> {
            if (piece == 1 && fail[0]) throw new IllegalStateException("piece 1 failed");
        }, "test-crew")) {
            assertThatThrownBy(() -> crew.run(2)).isInstanceOf(IllegalStateException.class).hasMessage("piece 1 failed");
            fail[0] = false;
            crew.run(2);
        }
    }

    @Test
    void aClosedCrewRunsNothing() {
        StepCrew crew = new StepCrew(1, piece -> { }, "test-crew");
        crew.close();
        assertThatThrownBy(() -> crew.run(1)).isInstanceOf(IllegalStateException.class);
    }
}
