package org.rectransfer.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.LogEvents;

/** Claims of a sweep's tasks: held by a live process, taken over from a dead one, released when done. */
class TaskClaimsTest {
    @TempDir
    Path dir;

    private static void claimAs(Workspace store, String key, String host, long pid, String start, Instant heartbeat) {
        Sql.update(store.connection(), "INSERT INTO task_claims VALUES ('sw', ?, ?, ?, ?, ?)", key, host, pid, start, heartbeat.toString());
    }

    @Test
    void aClaimIsThisProcessesUntilReleased() {
        try (Workspace store = Workspace.open(dir)) {
            TaskClaims claims = new TaskClaims(store.connection(), "sw");
            assertThat(claims.claim("baseline:Art:s1")).isTrue();
            assertThat(claims.claim("baseline:Art:s1")).as("already its own").isTrue();
            claims.release("baseline:Art:s1");
            assertThat(claims.claim("baseline:Art:s1")).isTrue();
        }
    }

    @Test
    void aLiveProcessKeepsItsClaimADeadOneLosesIt() throws Exception {
        Process live = new ProcessBuilder("sleep", "30").start();
        Process dead = new ProcessBuilder("true").start();
        assertThat(dead.waitFor(10, TimeUnit.SECONDS)).isTrue();
        try (Workspace store = Workspace.open(dir)) {
            TaskClaims claims = new TaskClaims(store.connection(), "sw");
            String liveStart = live.info().startInstant().map(Instant::toString).orElse(null);
            claimAs(store, "live", Provenance.host(), live.pid(), liveStart, Instant.now());
            claimAs(store, "dead", Provenance.host(), dead.pid(), null, Instant.now());
            // PID reuse (PID 1 in every container): the id is alive, but started at another time.
            claimAs(store, "reused-pid", Provenance.host(), live.pid(), "2001-01-01T00:00:00Z", Instant.now());
            assertThat(claims.claim("live")).isFalse();
            assertThat(claims.claim("dead")).isTrue();
            assertThat(claims.claim("reused-pid")).isTrue();
        } finally {
            live.destroyForcibly();
        }
    }

    @Test
    void anotherHostsClaimGoesStaleWithoutHeartbeat() {
        try (Workspace store = Workspace.open(dir); LogEvents logs = LogEvents.of(TaskClaims.class, Level.DEBUG)) {
            TaskClaims claims = new TaskClaims(store.connection(), "sw");
            claimAs(store, "fresh", "other-host", 4242, null, Instant.now());
            claimAs(store, "stale", "other-host", 4242, null, Instant.now().minus(TaskClaims.STALE).minusSeconds(1));
            assertThat(claims.claim("fresh")).isFalse();
            assertThat(claims.claim("fresh")).isFalse();
            assertThat(claims.claim("stale")).isTrue();
            // A takeover is a recovery the user should see; waiting is detail, said once per task.
            assertThat(logs.at(Level.WARN)).singleElement().asString()
                    .contains("task stale was claimed by process 4242 on other-host").endsWith("which is gone; taking it over");
            assertThat(logs.at(Level.DEBUG)).singleElement().asString().contains("task fresh is held by live process 4242");
        }
    }

    @Test
    void theHeartbeatRenewsOnlyThisProcessesClaims() throws Exception {
        try (Workspace store = Workspace.open(dir)) {
            TaskClaims claims = new TaskClaims(store.connection(), "sw");
            Instant old = Instant.now().minusSeconds(60);
            claimAs(store, "mine", Provenance.host(), ProcessHandle.current().pid(), null, old);
            claimAs(store, "theirs", "other-host", 4242, null, old);
            claims.heartbeat();
            try (var rows = store.connection().createStatement().executeQuery("SELECT task_key, heartbeat_at FROM task_claims ORDER BY task_key")) {
                rows.next();
                assertThat(Instant.parse(rows.getString(2))).as(rows.getString(1)).isAfter(old);
                rows.next();
                assertThat(Instant.parse(rows.getString(2))).as(rows.getString(1)).isEqualTo(old);
            }
        }
    }
}
