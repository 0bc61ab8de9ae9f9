package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.cli.Cli;
import org.rectransfer.report.GainMatrix;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.SweepStudy;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sweeps started from the workbench, in the real window, headless under Monocle: the editor
 * starts a tiny sweep whose heatmap fills in while it runs and whose list row counts its runs out
 * of its tasks, and which the command line then finds finished under the same id; and a sweep
 * stopped mid-run leaves no run running and is finished by Resume.
 */
class SweepsTest extends FxRobot {
    private static final Path ART = Path.of("sample-data/Art-synthetic.tsv");
    private static final Path CELLPHONE = Path.of("sample-data/Cellphone-synthetic.tsv");
    private static final Path INSTRUMENT = Path.of("sample-data/Instrument-synthetic.tsv");

    @TempDir
    Path workspace;

    private WorkbenchApp app;

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private Stage openResults() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(Path.of("sample-data"), workspace));
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#results-tab");
        clickOn("#new-sweep-tab");
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    private ResultsViewModel model() {
        return onFx(() -> ((ResultsView) lookup(".results-view").query()).modelForTests());
    }

    @Test
    void startsATinySweepWhoseHeatmapFillsInWhileItRunsAndWhichTheCommandLineFindsDone() throws Exception {
        Stage stage = openResults();
        ResultsViewModel model = model();
        SweepEditorViewModel editor = model.editor();
        assertThat(onFx(() -> lookup("#start-sweep").queryButton().isDisabled())).isTrue();
        assertThat(text("#sweep-problem")).isEqualTo("Tick at least one source domain");
        onFx(() -> {
            editor.sourceProperty(ART).set(true);
            editor.targetProperty(CELLPHONE).set(true);
            editor.targetProperty(INSTRUMENT).set(true);
            return null;
        });
        for (int k = 1; k <= 6; k++) clickOn("#config-" + k);      // config-7 only
        setSpinner("#sweep-seeds", 1);
        onFx(() -> {
            ((javafx.scene.control.ScrollPane) lookup(".sweep-editor-pane .scroll-pane").query()).setVvalue(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#sweep-fixed");
        setSpinner("#sweep-epochs", 1);
        setSpinner("#sweep-parallel", 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(editor::chosenConfigs)).containsExactly("config-7");
        assertThat(onFx(() -> editor.convergedProperty().get())).isFalse();
        assertThat(text("#sweep-summary")).isEqualTo("5 runs: 1 source model, 2 baselines, 2 transfers");
        assertThat(onFx(() -> lookup("#start-sweep").queryButton().isDisabled())).isFalse();
        // Shares of the targets' users, typed: each is a target of its own; a bad share stops Start.
        clickOn("#sweep-users-kept").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("50, 100");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#sweep-summary")).isEqualTo("9 runs: 1 source model, 4 baselines, 4 transfers");
        assertThat(onFx(editor::targetFractions)).containsExactly(0.5, 1.0);
        clickOn("#sweep-users-kept").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> lookup("#start-sweep").queryButton().isDisabled())).isTrue();
        assertThat(onFx(() -> editor.problemProperty().get())).startsWith("Users kept: each share must be above 0");
        clickOn("#sweep-users-kept").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("100");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#sweep-summary")).isEqualTo("5 runs: 1 source model, 2 baselines, 2 transfers");
        assertThat(onFx(editor::targetFractions)).containsExactly(1.0);
        onFx(() -> {
            ((javafx.scene.control.ScrollPane) lookup(".sweep-editor-pane .scroll-pane").query()).setVvalue(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), "sweep-editor.png");

        String id = SweepStudy.id(onFx(editor::spec), null);
        List<String> arguments = onFx(editor::arguments);
        // Another process holds the last transfer: the sweep does everything else, then waits for it.
        String held = "transfer:Art>Instrument:config-7:s1";
        Workspace.open(workspace).close();
        sql("INSERT INTO task_claims VALUES ('" + id + "', '" + held + "', 'another-host', 1, NULL, '" + Instant.now() + "')");

        clickOn("#start-sweep");
        assertThat(onFx(() -> ((TabPane) lookup(".side-tabs").query()).getSelectionModel().getSelectedItem().getId()))
                .as("the list is shown once the sweep starts").isEqualTo("sweeps-tab");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> onFx(() -> model.sweepProperty().get() != null
                && model.sweepProperty().get().runs() == 4 && model.matrixProperty().get() != null));
        assertThat(onFx(() -> model.sweepRunningProperty().get())).isTrue();
        assertThat(onFx(() -> model.runningSweepProperty().get())).isEqualTo(id);
        assertThat(onFx(() -> model.sweepProperty().get().id())).isEqualTo(id);
        GainMatrix partial = onFx(() -> model.matrixProperty().get());
        assertThat(partial.targets()).containsExactly("Cellphone");
        assertThat(partial.configs()).containsExactly("config-7");
        assertThat(partial.gainPercent()[0][0]).isFinite();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#sweep-status").startsWith("Waiting for 1 task"));
        assertThat(text("#sweep-progress-text")).startsWith("4 / 5 runs · running");
        assertThat(listRows()).anyMatch(row -> row.startsWith(id + "\n4 / 5 runs · running"));
        assertThat(onFx(() -> lookup("#sweep-progress").query().isVisible())).isTrue();
        assertThat(onFx(() -> lookup("#stop-sweep").queryButton().isDisabled())).isFalse();
        assertThat(onFx(() -> lookup("#resume-sweep").queryButton().isDisabled())).isTrue();
        Screenshots.write(stage.getScene(), "sweep-running.png");

        sql("DELETE FROM task_claims WHERE task_key = '" + held + "'");   // that process gives it up
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !model.sweepRunningProperty().get()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> model.matrixProperty().get().targets().size() == 2));
        assertThat(text("#sweep-status")).isEqualTo("Sweep " + id + " done: 5 trained now, 0 done before");
        GainMatrix full = onFx(() -> model.matrixProperty().get());
        assertThat(full.targets()).containsExactly("Cellphone", "Instrument");
        assertThat(full.gainPercent()[0][0]).as("the first cell is the same run's").isEqualTo(partial.gainPercent()[0][0]);
        assertThat(full.gainPercent()[1][0]).isFinite();
        assertThat(listRows()).anyMatch(row -> row.startsWith(id + "\n5 / 5 runs · done · "));
        assertThat(onFx(() -> lookup("#sweep-progress").query().isVisible())).isFalse();
        assertThat(query("SELECT status FROM sweeps")).containsExactly("done");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), "sweep-heatmap.png");

        // The command line, given the editor's arguments, finds the same sweep and nothing left to do.
        List<String> args = new ArrayList<>(arguments);
        args.addAll(List.of("--workspace", workspace.toString(), "--json"));
        JsonNode resumed = new ObjectMapper().readTree(cli(args.toArray(String[]::new)));
        assertThat(resumed.path("sweep").asText()).isEqualTo(id);
        assertThat(resumed.path("ran").asInt()).isZero();
        assertThat(resumed.path("skipped").asInt()).isEqualTo(5);
    }

    @Test
    void stoppingMidSweepLeavesNoRunRunningAndResumeFinishesIt() throws Exception {
        openResults();
        ResultsViewModel model = model();
        SweepEditorViewModel editor = model.editor();
        onFx(() -> {
            editor.sourceProperty(CELLPHONE).set(true);
            editor.targetProperty(INSTRUMENT).set(true);
            SweepEditorViewModel.CONFIGS.forEach(config -> editor.configProperty(config).set(config.equals("config-7")));
            editor.seedsProperty().set(1);
            editor.convergedProperty().set(false);
            editor.epochsProperty().set(40);
            editor.parallelProperty().set(2);
            return null;
        });
        clickOn("#start-sweep");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> query("SELECT status FROM runs").contains("running"));
        clickOn("#stop-sweep");
        assertThat(onFx(() -> model.stoppingProperty().get() || !model.sweepRunningProperty().get())).isTrue();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !model.sweepRunningProperty().get()));
        String id = onFx(() -> model.runningSweepProperty().get());
        // Left running only once every run had stopped and was recorded.
        assertThat(query("SELECT status FROM runs")).doesNotContain("running").contains("failed");
        assertThat(query("SELECT error FROM runs WHERE status = 'failed'")).containsOnly("cancelled");
        assertThat(query("SELECT status FROM sweeps")).containsExactly("incomplete");
        assertThat(text("#sweep-status")).startsWith("Sweep " + id + " stopped: ").endsWith("left to do; Resume finishes it");
        assertThat(text("#stop-sweep")).isEqualTo("Stop");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> model.sweepProperty().get() != null
                && model.sweepProperty().get().status() == org.rectransfer.experiment.SweepStatus.INCOMPLETE));
        int doneBefore = onFx(() -> model.sweepProperty().get().runs());
        assertThat(doneBefore).isLessThan(3);
        assertThat(text("#sweep-progress-text")).isEqualTo(doneBefore + " / 3 runs · incomplete");

        clickOn("#resume-sweep");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> model.sweepRunningProperty().get()));
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> onFx(() -> !model.sweepRunningProperty().get()));
        assertThat(text("#sweep-status")).isEqualTo("Sweep " + id + " done: " + (3 - doneBefore) + " trained now, " + doneBefore
                + " done before");
        assertThat(query("SELECT status FROM sweeps")).containsExactly("done");
        assertThat(query("SELECT COUNT(*) FROM sweep_runs")).containsExactly("3");
        assertThat(query("SELECT status FROM runs")).doesNotContain("running");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#sweep-progress-text").equals("3 / 3 runs · done"));
    }

    private List<String> listRows() {
        return onFx(() -> lookup("#sweeps").query().lookupAll(".list-cell").stream()
                .map(cell -> ((Labeled) cell).getText()).filter(java.util.Objects::nonNull).toList());
    }

    private void setSpinner(String id, int value) {
        onFx(() -> {
            ((Spinner<?>) lookup(id).query()).getValueFactory().setValue(cast(value));
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private String text(String id) {
        return onFx(() -> lookup(id).queryLabeled().getText());
    }

    private String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
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
