package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.cli.Cli;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The results screen's view model without a window: each sweep listed with its runs out of its
 * tasks, and a sweep of the command line, interrupted, resumed from here and then found finished
 * by the command line.
 */
class ResultsViewModelTest {
    private static final List<Path> FILES = List.of(Path.of("sample-data/Cellphone-synthetic.tsv"),
            Path.of("sample-data/Instrument-synthetic.tsv"));
    private static final String[] SWEEP = {"sweep", "--sources", "sample-data/Cellphone-synthetic.tsv", "--targets",
            "sample-data/Instrument-synthetic.tsv", "--configs", "config-7", "--seeds", "1", "--paper-schedule", "--epochs", "1",
            "--parallel", "1", "--json"};

    @TempDir
    Path workspace;

    private final ExecutorService reads = Executors.newSingleThreadExecutor();
    private final ExecutorService sweeps = Executors.newSingleThreadExecutor();

    /** Started as TestFX starts it, so that the window tests running after this class click where they aim. */
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopExecutors() {
        reads.shutdownNow();
        sweeps.shutdownNow();
    }

    @Test
    void startingWithInvalidChoicesSaysWhyAndRunsNothing() {
        ResultsViewModel model = onFx(() -> new ResultsViewModel(workspace, FILES, reads, work -> {
            throw new AssertionError("nothing may run");
        }));
        assertThat(onFx(model::startSweep)).isNull();
        assertThat(onFx(() -> model.sweepMessageProperty().get())).isEqualTo("Tick at least one source domain");
        assertThat(onFx(() -> model.sweepRunningProperty().get())).isFalse();
    }

    @Test
    void resumesAnInterruptedSweepOfTheCommandLineWhichThenFindsItFinished() throws Exception {
        String id = json(cli(SWEEP)).path("sweep").asText();
        // As if the command had been killed before its transfer finished (SweepResumeTest kills real ones).
        sql("DELETE FROM sweep_runs WHERE task_key LIKE 'transfer:%'");
        sql("UPDATE sweeps SET status = 'incomplete'");

        ResultsViewModel model = onFx(() -> new ResultsViewModel(workspace, FILES, reads, sweeps));
        onFx(model::refresh);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> model.sweepProperty().get() != null));
        assertThat(onFx(() -> model.sweepProperty().get().id())).isEqualTo(id);
        assertThat(onFx(() -> model.sweepProperty().get().listText())).startsWith(id + "\n2 / 3 runs · incomplete · ");
        assertThat(onFx(() -> model.progressTextProperty().get())).isEqualTo("2 / 3 runs · incomplete");
        assertThat(onFx(() -> model.resumableProperty().get())).isTrue();

        assertThat(onFx(model::resumeSweep)).isNotNull();
        assertThat(onFx(() -> model.sweepRunningProperty().get())).isTrue();
        assertThat(onFx(() -> model.resumableProperty().get())).as("one sweep at a time").isFalse();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !model.sweepRunningProperty().get()));
        assertThat(onFx(() -> model.sweepMessageProperty().get())).isEqualTo("Sweep " + id + " done: 1 trained now, 2 done before");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> model.sweepProperty().get().runs() == 3));
        assertThat(onFx(() -> model.sweeps().size())).isEqualTo(1);
        assertThat(onFx(() -> model.progressTextProperty().get())).isEqualTo("3 / 3 runs · done");
        assertThat(onFx(() -> model.resumableProperty().get())).isFalse();
        assertThat(query("SELECT status FROM runs")).doesNotContain("running");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> model.matrixProperty().get() != null));
        assertThat(onFx(() -> model.matrixProperty().get().targets())).containsExactly("Instrument");

        JsonNode again = json(cli(SWEEP));
        assertThat(again.path("sweep").asText()).isEqualTo(id);
        assertThat(again.path("ran").asInt()).isZero();
        assertThat(again.path("skipped").asInt()).isEqualTo(3);
    }

    private String cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", workspace.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    private void sql(String statement) throws Exception {
        WorkspaceSql.update(workspace, statement);
    }

    private List<String> query(String sql) throws Exception {
        return WorkspaceSql.column(workspace, sql);
    }

    private static <T> T onFx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(60_000, read);
    }
}
