package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The transfer lab in the real window, headless under Monocle: the robot picks a target, sets
 * the layers, runs, watches the curves fill and the result appear, exports the figure, reruns
 * with reused source and baseline, and cancels a long run.
 */
class TransferLabTest extends FxRobot {

    @TempDir
    Path workspace;
    @TempDir
    Path out;

    private WorkbenchApp app;

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private Stage openLab() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(Path.of("sample-data"), workspace));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#lab-tab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> ((TabPane) lookup("#tabs").query()).getSelectionModel().getSelectedItem().getId()))
                .isEqualTo("lab-tab");
        return stage;
    }

    private TransferLabViewModel model() {
        return onFx(() -> ((TransferLabView) lookup(".lab-view").query())).modelForTests();
    }

    @Test
    void runsATransferWithLiveCurvesRecordsItAndExportsTheFigure() throws Exception {
        Stage stage = openLab();
        TransferLabViewModel model = model();
        setEpochs(2);
        clickOn("#fc1-frozen");   // config-6 plus FC-1: a custom plan
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.presetProperty().get())).isEqualTo("custom");
        assertThat(onFx(() -> model.plan().describe())).isEqualTo("FC1=frozen,FC2=fresh,FC3=frozen,FC4=frozen,OUT=frozen");

        clickOn("#run");
        awaitIdle(180);
        assertThat(onFx(() -> model.statusProperty().get())).startsWith("Done: runs ");
        assertThat(onFx(() -> model.points().size())).isEqualTo(6);   // 2 epochs x source, baseline, transfer
        assertThat(onFx(() -> model.curves().orElseThrow().loss())).hasSize(3).allMatch(series -> series.size() == 2);
        assertThat(onFx(() -> model.curves().orElseThrow().metric().get(2).label())).isEqualTo("transfer (FC1=frozen,FC2=fresh,FC3=frozen,FC4=frozen,OUT=frozen)");
        String result = onFx(() -> lookup("#lab-result").queryLabeled().getText());
        LabOutcome outcome = onFx(() -> model.outcomeProperty().get());
        assertThat(result).startsWith("HR@10: baseline ").contains(String.format(java.util.Locale.ROOT, "%.4f", outcome.transferHr()));
        assertThat(runs()).containsExactlyInAnyOrder(
                "baseline|Book|done|baseline", "baseline|Art|done|baseline",
                "transfer|Art|done|FC1=frozen,FC2=fresh,FC3=frozen,FC4=frozen,OUT=frozen");
        Screenshots.write(stage.getScene(), "transfer-lab.png");

        Path png = out.resolve("curves.png");
        onFx(() -> model.exportCurves(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(500);
        assertThat(image.getHeight()).isGreaterThan(300);

        // Fig. 2 of the source model: the numbers analyze importance prints for the same run.
        JsonNode cliLayers = importanceFromCli(outcome.sourceRun());
        assertThat(outcome.sourceImportance().layers()).hasSize(4);
        for (org.rectransfer.analysis.LayerImportance layer : outcome.sourceImportance().layers()) {
            JsonNode expected = cliLayers.path(layer.layer().id());
            assertThat(layer.importance()).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(layer.importance()[i]).isCloseTo(expected.get(i).asDouble(), org.assertj.core.api.Assertions.within(1e-9));
            }
        }
        clickOn("#importance-tab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> lookup("#export").queryButton().getText())).isEqualTo("Export importance…");
        Screenshots.write(stage.getScene(), "transfer-lab-importance.png");
        Path importancePng = out.resolve("importance.png");
        onFx(() -> model.exportImportance(importancePng));
        assertThat(ImageIO.read(importancePng.toFile()).getWidth()).isGreaterThan(500);
        clickOn("#curves-tab");

        // Another plan: the source and the baseline are reused, only the transfer trains.
        onFx(() -> {
            model.presetProperty().set("config-7");
            return null;
        });
        clickOn("#run");
        awaitIdle(180);
        assertThat(onFx(() -> model.points().size())).isEqualTo(6);
        assertThat(runs()).hasSize(4).contains("transfer|Art|done|config-7");
        // Same source run: its importance is not measured again.
        assertThat(onFx(() -> model.outcomeProperty().get().sourceImportance())).isSameAs(outcome.sourceImportance());
    }

    @Test
    void cancellingStopsTheRunAndRecordsItAsFailed() throws Exception {
        openLab();
        TransferLabViewModel model = model();
        setEpochs(400);
        clickOn("#run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> model.points().size() >= 1));
        clickOn("#cancel");
        Button run = lookup("#run").queryButton();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !run.isDisabled()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Cancelled");
        assertThat(onFx(() -> model.outcomeProperty().get())).isNull();
        assertThat(runs()).containsExactly("baseline|Book|failed|baseline");
        assertThat(errors()).containsExactly("cancelled");
    }

    private JsonNode importanceFromCli(String runId) throws Exception {
        java.io.StringWriter stdout = new java.io.StringWriter();
        java.io.StringWriter stderr = new java.io.StringWriter();
        int code = org.rectransfer.cli.Cli.run(new String[] {"analyze", "importance", "--run", runId, "--workspace",
                workspace.toString(), "--json"}, new java.io.PrintWriter(stdout), new java.io.PrintWriter(stderr));
        assertThat(code).as(stderr.toString()).isZero();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(stdout.toString()).path("layers");
    }

    private void setEpochs(int epochs) {
        onFx(() -> {
            ((Spinner<?>) lookup("#epochs").query()).getValueFactory().setValue(cast(epochs));
            return null;
        });
        assertThat(onFx(() -> model().epochsProperty().get())).isEqualTo(epochs);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private void awaitIdle(int seconds) throws Exception {
        Button run = lookup("#run").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(run::isDisabled));
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(() -> !run.isDisabled()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> runs() throws Exception {
        return query("SELECT kind || '|' || domain || '|' || status || '|' || plan FROM runs");
    }

    private List<String> errors() throws Exception {
        return query("SELECT error FROM runs WHERE status = 'failed'");
    }

    private List<String> query(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("workspace.db"));
             ResultSet result = db.createStatement().executeQuery(sql)) {
            while (result.next()) rows.add(result.getString(1));
        }
        return rows;
    }

    private static <T> T onFx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(60_000, read);
    }
}
