package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rectransfer.experiment.SweepStatus;
import org.rectransfer.study.SweepOverview;

/** The time a running sweep still needs, from the wall-clock time per run finished while watched. */
class SweepEtaTest {
    private final AtomicLong now = new AtomicLong();
    private final SweepEta eta = new SweepEta(now::get);

    private static SweepOverview sweep(SweepStatus status, int runs) {
        return new SweepOverview("sw-1", "2025-01-01T00:00:00Z", status, runs, 25);
    }

    private void at(double seconds) {
        now.set((long) (seconds * 1e9));
    }

    @Test
    void isUnknownUntilARunFinishesThenTheMeanTimePerRunTimesTheRunsLeft() {
        at(0);
        assertThat(eta.update(sweep(SweepStatus.RUNNING, 3))).isNaN();
        at(10);
        assertThat(eta.update(sweep(SweepStatus.RUNNING, 3))).isNaN();
        at(30);
        assertThat(eta.update(sweep(SweepStatus.RUNNING, 5))).isCloseTo(20 * 15.0, within(1e-9));   // 30 s for 2 runs, 20 left
        at(40);
        assertThat(eta.update(sweep(SweepStatus.RUNNING, 5))).as("counts down between runs").isCloseTo(20 * 15.0 - 10, within(1e-9));
        at(36 * 60);
        assertThat(eta.update(sweep(SweepStatus.RUNNING, 7))).isCloseTo(18 * (36 * 60 / 4.0), within(1e-6));
        assertThat(eta.update(sweep(SweepStatus.DONE, 25))).isNaN();
        at(37 * 60);
        assertThat(eta.update(sweep(SweepStatus.RUNNING, 7))).as("watching starts again").isNaN();
    }

    @Test
    void saysMinutesOrHours() {
        assertThat(SweepEta.describe(Double.NaN)).isEmpty();
        assertThat(SweepEta.describe(12)).isEqualTo("ETA < 1 min");
        assertThat(SweepEta.describe(150)).isEqualTo("ETA 3 min");
        assertThat(SweepEta.describe(3600 + 5 * 60)).isEqualTo("ETA 1 h 05 min");
    }

    @Test
    void aRowSaysRunsDoneOutOfTasksStatusAndEta() {
        SweepRow row = new SweepRow(sweep(SweepStatus.RUNNING, 7), "ETA 3 min");
        assertThat(row.progressText()).isEqualTo("7 / 25 runs · running · ETA 3 min");
        assertThat(row.listText()).isEqualTo("sw-1\n7 / 25 runs · running · ETA 3 min");
        assertThat(row.fraction()).isCloseTo(0.28, within(1e-12));
        SweepRow done = new SweepRow(sweep(SweepStatus.DONE, 25), "");
        assertThat(done.listText()).isEqualTo("sw-1\n25 / 25 runs · done · 2025-01-01 00:00");
        SweepRow unreadable = new SweepRow(new SweepOverview("old", "2025-01-01T00:00:00Z", SweepStatus.INCOMPLETE, 4, 0), "");
        assertThat(unreadable.progressText()).isEqualTo("4 runs · incomplete");
        assertThat(unreadable.fraction()).isEqualTo(-1);
    }
}
