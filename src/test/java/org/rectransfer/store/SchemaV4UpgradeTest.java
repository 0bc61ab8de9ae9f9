package org.rectransfer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.experiment.SweepRunRecord;

/**
 * A workspace written by schema version 3 (metrics in columns of {@code runs}) opens with the
 * current code: it becomes version 4, {@code run_metrics} holds every stored metric, and every read
 * gives the numbers it gave before.
 */
class SchemaV4UpgradeTest {
    private static final String COUNT_ROWS = "SELECT COUNT(*) FROM run_metrics";
    @TempDir
    Path root;

    /** What a version 3 workspace reads as without being upgraded: through the read-only path, from the legacy columns. */
    private record Reads(List<String> sweep, Map<String, Map<String, Double>> runs) { }

    private static Reads reads(Workspace workspace) {
        List<String> sweep = new ArrayList<>();
        for (SweepRunRecord run : SweepResults.load(workspace, V3Workspace.SWEEP)) {
            StringBuilder hits = new StringBuilder();
            for (boolean hit : run.hits()) hits.append(hit ? '1' : '0');
            sweep.add(run.kind() + " " + run.source() + " " + run.target() + " " + run.config() + " s" + run.seed() + " "
                    + run.runId() + " hr=" + run.hr() + " hits=" + hits + " collapsed=" + run.collapsed());
        }
        Map<String, Map<String, Double>> runs = new LinkedHashMap<>();
        for (StoredRun run : workspace.runs()) runs.put(run.id(), run.metrics());
        return new Reads(sweep, runs);
    }

    @Test
    void aVersionThreeWorkspaceGetsItsMetricsCopiedAndReadsTheSame() throws Exception {
        Path dir = V3Workspace.create(root.resolve("ws"));
        Path copy = Files.createDirectories(root.resolve("before"));
        Files.copy(dir.resolve("workspace.db"), copy.resolve("workspace.db"));
        Reads before;
        try (Workspace old = Workspace.openReadOnly(copy)) {
            before = reads(old);
        }
        assertThat(before.sweep()).hasSize(5).anySatisfy(line -> assertThat(line).contains("Office-t-0000c2 hr=0.8 hits=11011"));
        assertThat(before.runs().get("Office-b-0000b1")).containsExactly(entry("hr", 0.4), entry("ndcg", 0.25), entry("mrr", 0.2));
        assertThat(before.runs().get("Office-b-0000e1")).as("a failed run has no metrics").isEmpty();
        try (Connection db = connect(copy)) {
            assertThat(longValue(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'run_metrics'"))
                    .as("reading it read-only wrote nothing").isZero();
        }

        for (int open = 0; open < 2; open++) {   // a second open copies nothing twice
            try (Workspace workspace = Workspace.open(dir)) {
                assertThat(reads(workspace)).isEqualTo(before);
                assertThat(workspace.run("Office-t-0000c1").orElseThrow().hr()).isEqualTo(0.6);
            }
            try (Connection db = connect(dir)) {
                assertThat(stringValue(db, "SELECT value FROM meta WHERE key = 'schema_version'")).isEqualTo("4");
                // 6 finished runs with sampled hr, ndcg, mrr; one of them with full ranking too; the failed run with none.
                assertThat(longValue(db, COUNT_ROWS)).isEqualTo(6 * 3 + 3);
                assertThat(metrics(db, "Office-b-0000d1", "sampled")).containsExactly(entry("hr", 0.375), entry("mrr", 0.1875),
                        entry("ndcg", 0.25));
                assertThat(metrics(db, "Office-b-0000d1", "full")).containsExactly(entry("hr", 0.125), entry("mrr", 0.03125),
                        entry("ndcg", 0.0625));
                assertThat(stringValue(db, "SELECT hr || ' ' || full_hr FROM runs WHERE id = 'Office-b-0000d1'"))
                        .as("the legacy columns are kept").isEqualTo("0.375 0.125");
            }
        }
    }

    @Test
    void twoProcessesOpeningItAtOnceBothSucceedAndCopyOnce() throws Exception {
        Path dir = V3Workspace.create(root.resolve("ws"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Double>> opens = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                opens.add(pool.submit(() -> {
                    start.await();
                    try (Workspace workspace = Workspace.open(dir)) {   // each its own connection, as two processes
                        return workspace.run("Office-t-0000c2").orElseThrow().hr();
                    }
                }));
            }
            start.countDown();
            for (Future<Double> open : opens) assertThat(open.get()).isEqualTo(0.8);
        } finally {
            pool.shutdownNow();
        }
        try (Connection db = connect(dir)) {
            assertThat(longValue(db, COUNT_ROWS)).isEqualTo(6 * 3 + 3);
        }
    }

    @Test
    void aVersionThreeToolWritingInANewWorkspaceHasItsRunsCopiedOnTheNextOpen() throws Exception {
        Path dir = V3Workspace.create(root.resolve("ws"));
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.runs()).hasSize(7);
        }
        try (Connection db = connect(dir); Statement statement = db.createStatement()) {
            // What version 3 does on open and when a run ends: stamps its version, fills the columns only.
            statement.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'");
            statement.execute("UPDATE runs SET status = 'done', hr = 0.5, ndcg = 0.3, mrr = 0.25 WHERE id = 'Office-b-0000e1'");
        }
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.run("Office-b-0000e1").orElseThrow().metrics())
                    .containsExactly(entry("hr", 0.5), entry("ndcg", 0.3), entry("mrr", 0.25));
        }
    }

    private static Connection connect(Path dir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("workspace.db"));
    }

    private static Map<String, Double> metrics(Connection db, String runId, String protocol) throws SQLException {
        Map<String, Double> values = new LinkedHashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT metric, value FROM run_metrics WHERE run_id = '" + runId
                     + "' AND protocol = '" + protocol + "' ORDER BY metric")) {
            while (rows.next()) values.put(rows.getString(1), rows.getDouble(2));
        }
        return values;
    }

    private static long longValue(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getLong(1);
        }
    }

    private static String stringValue(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
