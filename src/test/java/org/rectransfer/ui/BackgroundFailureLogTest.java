package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;
import org.rectransfer.LogEvents;

/** A failed background task shows one line on its screen; its stack trace goes to the log. */
class BackgroundFailureLogTest {

    @Test
    void aFailedTaskIsLoggedAtErrorWithItsStackTrace() {
        FutureTask<Void> failing = new FutureTask<>(() -> {
            throw new IllegalStateException("the database is locked");
        });
        failing.run();
        try (LogEvents logs = LogEvents.of(WorkbenchApp.class, Level.WARN)) {
            WorkbenchApp.logFailure(failing, null);
            assertThat(logs.events()).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                assertThat(event.getFormattedMessage()).contains("failed: java.lang.IllegalStateException: the database is locked");
                assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
                assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
            });
        }
    }

    @Test
    void succeededAndCancelledTasksAreNotFailures() {
        FutureTask<String> done = new FutureTask<>(() -> "ok");
        done.run();
        FutureTask<String> cancelled = new FutureTask<>(() -> "never");
        cancelled.cancel(true);
        try (LogEvents logs = LogEvents.of(WorkbenchApp.class, Level.DEBUG)) {
            WorkbenchApp.logFailure(done, null);
            WorkbenchApp.logFailure(cancelled, null);
            assertThat(logs.events()).isEmpty();
            WorkbenchApp.logFailure(() -> { }, new OutOfMemoryError("Java heap space"));
            assertThat(logs.events()).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR);
        }
    }
}
