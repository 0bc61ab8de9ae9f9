package org.rectransfer.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.experiment.SweepTask;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.store.Workspace;

/**
 * Stopping a sweep (the workbench's Stop): the runs in progress stop between batches and are
 * recorded failed ("cancelled"), no run is left running, the sweep is incomplete, and running the
 * same sweep again finishes it.
 */
class SweepStudyStopTest {
    private static final SweepSpec SPEC = new SweepSpec(
            List.of(DomainSource.parse(Path.of("sample-data/Cellphone-synthetic.tsv").toAbsolutePath().toString())),
            List.of(DomainSource.parse(Path.of("sample-data/Instrument-synthetic.tsv").toAbsolutePath().toString())),
            List.of("config-7"), List.of(1L), 0, TrainingSettings.PAPER.withEpochs(8), TrainingSettings.PAPER.lr(),
            FilterSpec.DEFAULT, ReadOptions.DEFAULT);
    private static final SweepStudy.Options OPTIONS = new SweepStudy.Options(null, false, false, "local", 2, List.of("test"));

    @TempDir
    Path workspace;

    @Test
    void aStoppedSweepLeavesNoRunRunningIsIncompleteAndRunningItAgainFinishesIt() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<String> started = java.util.Collections.synchronizedList(new ArrayList<>());
        SweepStudy.Result stopped;
        try (Workspace store = Workspace.open(workspace)) {
            stopped = SweepStudy.run(store, SPEC, OPTIONS, new SweepStudy.Listener() {
                @Override
                public void onStarted(SweepTask task) {
                    started.add(task.key());
                    stop.set(true);      // stop as soon as the first run begins: it is cut short within a batch
                }
            }, stop::get);
        }
        assertThat(started).isNotEmpty();
        assertThat(stopped.stopped()).isTrue();
        assertThat(stopped.complete()).isFalse();
        assertThat(stopped.outcome().failed()).as("a stop is not a failure").isEmpty();
        assertThat(stopped.outcome().stopped()).isEqualTo(3 - stopped.outcome().ran());
        assertThat(stopped.id()).isEqualTo(SweepStudy.id(SPEC, null));
        assertThat(query("SELECT status FROM runs")).doesNotContain("running").contains("failed");
        assertThat(query("SELECT error FROM runs WHERE status = 'failed'")).containsOnly("cancelled");
        assertThat(query("SELECT status FROM sweeps")).containsExactly("incomplete");
        assertThat(query("SELECT COUNT(*) FROM task_claims")).containsExactly("0");

        SweepStudy.Result resumed;
        try (Workspace store = Workspace.open(workspace)) {
            resumed = SweepStudy.run(store, SPEC, OPTIONS, new SweepStudy.Listener() { });
        }
        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.id()).isEqualTo(stopped.id());
        assertThat(resumed.outcome().ran() + resumed.outcome().skipped()).isEqualTo(3);
        assertThat(query("SELECT status FROM sweeps")).containsExactly("done");
        assertThat(query("SELECT COUNT(*) FROM sweep_runs")).containsExactly("3");
        assertThat(query("SELECT status FROM runs")).doesNotContain("running");
    }

    private List<String> query(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"));
             ResultSet result = db.createStatement().executeQuery(sql)) {
            while (result.next()) rows.add(result.getString(1));
        }
        return rows;
    }
}
