package org.rectransfer.store;

import org.rectransfer.experiment.RunStatus;
import org.rectransfer.experiment.RunKind;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.LogEvents;

/** Opening a workspace marks the runs of this machine's dead processes failed, and nothing else. */
class InterruptedRunsTest {

    private static String begin(Workspace store, String domain, Object pid, String host) {
        String provenance = StoreJson.write(Map.of("host", host, "pid", pid, "commandLine", List.of("train")));
        return store.begin(new NewRun(RunKind.BASELINE, domain, domain + ".tsv", "hash", null, "baseline", 1, "{}", provenance));
    }

    @Test
    void runsOfDeadProcessesOnThisHostAreMarkedInterrupted(@TempDir Path dir) throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long deadPid = finished.pid();
        String dead;
        String alive;
        String elsewhere;
        String legacy;
        try (Workspace store = Workspace.open(dir)) {
            dead = begin(store, "Dead", deadPid, Provenance.host());
            alive = begin(store, "Alive", ProcessHandle.current().pid(), Provenance.host());
            elsewhere = begin(store, "Elsewhere", deadPid, Provenance.host() + "-other");
            legacy = store.begin(new NewRun(RunKind.BASELINE, "Legacy", "l.tsv", "hash", null, "baseline", 1, "{}", "{\"java\":\"17\"}"));
        }
        try (LogEvents logs = LogEvents.of(InterruptedRuns.class, Level.WARN); Workspace store = Workspace.open(dir)) {
            assertThat(logs.at(Level.WARN)).containsExactly("run " + dead + " was left running by a process that is gone;"
                    + " marked failed (interrupted: process " + deadPid + " on " + Provenance.host() + " ended before the run finished)");
            StoredRun interrupted = store.run(dead).orElseThrow();
            assertThat(interrupted.status()).isEqualTo(RunStatus.FAILED);
            assertThat(error(store, dead)).isEqualTo("interrupted: process " + deadPid + " on " + Provenance.host()
                    + " ended before the run finished");
            assertThat(store.run(alive).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
            assertThat(store.run(elsewhere).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
            assertThat(store.run(legacy).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        }
    }

    @Test
    void aRunOfAnEarlierProcessWithTheSamePidIsInterruptedToo(@TempDir Path dir) throws Exception {
        // PID 1 in a container: the process id is alive again, but the process is another one.
        String reused;
        String ours;
        try (Workspace store = Workspace.open(dir)) {
            String provenance = StoreJson.write(Map.of("host", Provenance.host(), "pid", ProcessHandle.current().pid(),
                    "processStart", "2001-01-01T00:00:00Z"));
            reused = store.begin(new NewRun(RunKind.BASELINE, "Reused", "r.tsv", "hash", null, "baseline", 1, "{}", provenance));
            ours = store.begin(new NewRun(RunKind.BASELINE, "Ours", "o.tsv", "hash", null, "baseline", 1, "{}",
                    StoreJson.write(Provenance.of(List.of("train")))));
        }
        try (Workspace store = Workspace.open(dir)) {
            assertThat(store.run(reused).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
            assertThat(store.run(ours).orElseThrow().status()).as("this very process is alive").isEqualTo(RunStatus.RUNNING);
        }
    }

    @Test
    void provenanceNamesTheHostAndTheProcess() {
        Map<String, Object> provenance = Provenance.of(List.of("train"));
        assertThat(provenance).containsEntry("pid", ProcessHandle.current().pid()).containsEntry("host", Provenance.host());
        assertThat(Provenance.host()).isNotBlank();
    }

    private static String error(Workspace store, String id) throws Exception {
        try (var query = store.connection().prepareStatement("SELECT error FROM runs WHERE id = ?")) {
            query.setString(1, id);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }
}
