package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.store.NewRun;
import org.rectransfer.store.Provenance;
import org.rectransfer.store.StoreJson;
import org.rectransfer.store.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Runs tab in the real window, headless under Monocle, on tiny runs trained through the
 * command line: the robot filters, selects two runs and finds both in the overlaid curves, opens
 * a transfer in the lab, and deletes a run through the confirmation dialog.
 */
class RunsTest extends FxRobot {
    @TempDir
    Path workspace;

    private WorkbenchApp app;
    private String sourceRun;
    private String targetRun;
    private String transferRun;
    private String failedRun;

    @BeforeEach
    void trainRuns() throws Exception {
        String ws = workspace.toString();
        sourceRun = RunsViewModelTest.cli("train", "--data", RunsViewModelTest.SOURCE, "--epochs", "2", "--workspace", ws, "--json")
                .get("run").asText();
        targetRun = RunsViewModelTest.cli("train", "--data", RunsViewModelTest.TARGET, "--epochs", "2", "--workspace", ws, "--json")
                .get("run").asText();
        JsonNode transfer = RunsViewModelTest.cli("transfer", "--source", sourceRun, "--data", RunsViewModelTest.TARGET,
                "--config", "config-6", "--epochs", "2", "--workspace", ws, "--json");
        transferRun = transfer.get("run").asText();
        try (Workspace store = Workspace.open(workspace)) {
            failedRun = store.begin(new NewRun(RunKind.TRANSFER, "DigitalMusic", RunsViewModelTest.TARGET, "hash", sourceRun,
                    "config-1", 2, "{}", StoreJson.write(Provenance.of(List.of("test")))));
            store.fail(failedRun, "cancelled");
        }
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private Stage openRuns() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(Path.of("sample-data"), workspace));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#runs-tab");
        awaitRows(4);
        return stage;
    }

    private RunsViewModel model() {
        return onFx(() -> ((RunsView) lookup(".runs-view").query()).modelForTests());
    }

    private int rows() {
        return onFx(() -> ((RunsView) lookup(".runs-view").query()).tableForTests().getItems().size());
    }

    private void awaitRows(int count) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rows() == count && !onFx(() -> model().busyProperty().get()));
    }

    /** @return the table cell showing {@code text} (a run id), once the table has laid it out */
    private Node cell(String text) throws Exception {
        java.util.function.Predicate<Node> showing = node -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(showing).tryQuery().isPresent());
        return lookup(showing).query();
    }

    @Test
    void filtersSelectsTwoRunsOverlaysTheirCurvesAndOpensATransferInTheLab() throws Exception {
        Stage stage = openRuns();
        RunsViewModel model = model();

        clickOn("#runs-search").write("digitalmusic");
        awaitRows(3);   // the target's baseline, the transfer and the failed transfer
        clickOn("#runs-status");
        clickOn(lookup(".combo-box-popup .list-cell").match((ListCell<?> cell) -> "done".equals(cell.getText()))
                .queryAs(ListCell.class));
        awaitRows(2);
        assertThat(onFx(() -> ((ComboBox<?>) lookup("#runs-status").query()).getValue())).isEqualTo("done");

        clickOn(cell(targetRun));
        press(KeyCode.CONTROL);
        clickOn(cell(transferRun));
        release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> model.chartProperty().get() != null));
        assertThat(onFx(() -> model.selected().stream().map(org.rectransfer.store.RunRow::id).toList()))
                .containsExactlyInAnyOrder(targetRun, transferRun);
        JFreeChart shown = onFx(() -> ((ChartViewer) lookup("#runs-curves").query()).getChart());
        assertThat(shown).isSameAs(onFx(() -> model.chartProperty().get()));
        List<XYPlot> panels = ((CombinedDomainXYPlot) shown.getXYPlot()).getSubplots();
        assertThat(panels).hasSize(2);   // loss and validation HR@10
        for (XYPlot panel : panels) {
            XYDataset series = panel.getDataset(0);
            assertThat(series.getSeriesCount()).isEqualTo(2);
            assertThat(List.of(String.valueOf(series.getSeriesKey(0)), String.valueOf(series.getSeriesKey(1))))
                    .containsExactlyInAnyOrder(targetRun + " (baseline)", transferRun + " (config-6)");
            assertThat(series.getItemCount(0)).isEqualTo(2);
        }

        // Every run again: the two stay selected and drawn.
        clickOn("#runs-search").eraseText("digitalmusic".length());
        onFx(() -> {
            model.statusFilterProperty().set(RunsViewModel.ALL_STATUSES);
            return null;
        });
        awaitRows(4);
        assertThat(onFx(() -> model.selected().size())).isEqualTo(2);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> model.curvesNoteProperty().get()).equals("2 runs drawn"));
        assertThat(onFx(() -> model.curvesProperty().get().labels())).hasSize(2);
        Screenshots.write(stage.getScene(), "runs.png");

        clickOn(cell(transferRun));
        clickOn("#runs-open-in-lab");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() ->
                "lab-tab".equals(((TabPane) lookup("#tabs").query()).getSelectionModel().getSelectedItem().getId())));
        TransferLabViewModel lab = onFx(() -> ((TransferLabView) lookup(".lab-view").query()).modelForTests());
        assertThat(onFx(() -> lab.sourceProperty().get().getFileName().toString())).isEqualTo("Cellphone-synthetic.tsv");
        assertThat(onFx(() -> lab.targetProperty().get().getFileName().toString())).isEqualTo("DigitalMusic-synthetic.tsv");
        assertThat(onFx(() -> lab.presetProperty().get())).isEqualTo("config-6");
        assertThat(onFx(() -> lab.domains().size())).as("the files were listed already").isEqualTo(
                DomainFiles.in(Path.of("sample-data")).size());
    }

    @Test
    void deletesTheSelectedRunAfterTheDialogSaysWhatGoes() throws Exception {
        openRuns();
        clickOn(cell(sourceRun));
        clickOn("#runs-delete");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#runs-delete-dialog").tryQuery().isPresent());
        String text = onFx(() -> ((DialogPane) lookup("#runs-delete-dialog").query()).getContentText());
        assertThat(text).startsWith("Delete 1 run and 1 model file from the workspace?")
                .contains("2 transfers were trained from it and stay in the workspace.");
        clickOn(lookup(".dialog-pane .button").match((javafx.scene.control.Button b) -> "Delete".equals(b.getText()))
                .queryButton());
        awaitRows(3);
        assertThat(onFx(() -> model().runs().stream().map(org.rectransfer.store.RunRow::id).toList()))
                .containsExactly(targetRun, transferRun, failedRun);
        assertThat(workspace.resolve("models/" + sourceRun + ".zip")).doesNotExist();
        assertThat(onFx(() -> model().statusProperty().get())).isEqualTo("Deleted 1 run and 2 files of models/");
    }

    private static <T> T onFx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(60_000, read);
    }
}
