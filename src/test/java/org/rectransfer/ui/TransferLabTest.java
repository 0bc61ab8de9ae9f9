package org.rectransfer.ui;

import org.rectransfer.study.TransferOutcome;
import org.rectransfer.study.SeedTransfer;
import org.rectransfer.study.SeedSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.report.CurveBands;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.store.StoredRun;
import org.rectransfer.store.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The transfer lab in the real window, headless under Monocle: the robot sets the layers, runs
 * three seeds, checks the gain over seeds against the runs stored in the workspace, exports the
 * figure, reruns with reused sources and baselines, and cancels a long run.
 */
class TransferLabTest extends FxRobot {
    private static final String PLAN = "FC1=frozen,FC2=fresh,FC3=frozen,FC4=frozen,OUT=frozen";

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
    void runsThreeSeedsInParallelAndShowsTheGainOverSeedsWithItsSpreadAndTest() throws Exception {
        Stage stage = openLab();
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            return null;
        });
        TransferLabViewModel model = model();
        // A value the model takes from elsewhere (the last session, Open in lab) is what the spinners show.
        onFx(() -> {
            model.seedsProperty().set(4);
            model.epochsProperty().set(37);
            return null;
        });
        assertThat(onFx(() -> ((Spinner<?>) lookup("#seeds").query()).getValue())).isEqualTo(4);
        assertThat(onFx(() -> ((Spinner<?>) lookup("#epochs").query()).getValue())).isEqualTo(37);
        onFx(() -> {
            model.seedsProperty().set(3);
            return null;
        });
        setEpochs(2);
        assertThat(onFx(() -> ((Spinner<?>) lookup("#seeds").query()).getValue())).isEqualTo(3);
        assertThat(onFx(() -> model.seedsProperty().get())).isEqualTo(3);
        clickOn("#fc1-frozen");   // config-6 plus FC-1: a custom plan
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.presetProperty().get())).isEqualTo("custom");
        assertThat(onFx(() -> model.plan().describe())).isEqualTo(PLAN);

        clickOn("#run");
        awaitIdle(600);
        assertThat(onFx(() -> model.statusProperty().get())).startsWith("Done: seeds 1–3, 9 runs in ");
        assertThat(onFx(() -> model.points().size())).isEqualTo(18);   // 3 seeds x source, baseline, transfer x 2 epochs
        assertThat(onFx(() -> model.points().stream().map(LabPoint::seed).distinct().sorted().toList())).containsExactly(1L, 2L, 3L);
        TrainingCurves curves = onFx(() -> model.curves().orElseThrow());
        assertThat(curves.loss()).hasSize(3).allMatch(series -> series.size() == 2);
        assertThat(curves.metric().get(2).label()).isEqualTo("transfer (" + PLAN + ")");
        CurveBands bands = onFx(() -> model.bands().orElseThrow());
        assertThat(bands.description()).contains("mean over seeds 1–3").contains("min to max");
        assertThat(bands.metric()).hasSize(3).allSatisfy(band -> assertThat(band.runs()).containsOnly(3));
        assertThat(runs()).hasSize(9).containsOnly("baseline|Book|done|baseline", "baseline|Art|done|baseline",
                "transfer|Art|done|" + PLAN);

        // The gain shown is the mean of the three transfers' gains over their own seed's baseline, read back from the workspace.
        double[][] hrs = storedHrsBySeed("Art");
        double[] gains = new double[3];
        for (int s = 0; s < 3; s++) gains[s] = 100 * (hrs[1][s] - hrs[0][s]) / hrs[0][s];
        double mean = (gains[0] + gains[1] + gains[2]) / 3;
        double sd = Math.sqrt(java.util.Arrays.stream(gains).map(g -> (g - mean) * (g - mean)).sum() / 2);
        SeedSummary summary = onFx(() -> model.outcomeProperty().get().summary());
        assertThat(summary.meanGain()).isCloseTo(mean, within(1e-9));
        assertThat(summary.sdGain()).isCloseTo(sd, within(1e-9));
        assertThat(text("#lab-gain")).isEqualTo(String.format(Locale.ROOT, "Gain %+.1f %% ± %.1f %%", mean, sd));
        assertThat(text("#lab-details")).startsWith("mean ± sd over 3 seeds · ")
                .contains(String.format(Locale.ROOT, "per seed %+.1f, %+.1f, %+.1f %%", gains[0], gains[1], gains[2]))
                .contains(String.format(Locale.ROOT, "transfer %.4f ± ", (hrs[1][0] + hrs[1][1] + hrs[1][2]) / 3));
        String verdict = text("#lab-verdict");
        if (hrs[1][0] - hrs[0][0] == hrs[1][1] - hrs[0][1] && hrs[1][1] - hrs[0][1] == hrs[1][2] - hrs[0][2]) {
            assertThat(verdict).startsWith("No test: ");
        } else {
            double p = new org.apache.commons.math3.stat.inference.TTest().pairedTTest(hrs[1], hrs[0]);
            String shownP = p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
            String expected = p >= 0.05 ? "No significant difference at 5 %" : mean > 0 ? "Transfer better" : "Transfer worse";
            assertThat(verdict).isEqualTo(expected + " (" + shownP + ", paired t over 3 seeds)");
        }
        Screenshots.write(stage.getScene(), "transfer-lab.png");

        // On screen the charts' text is readable (ticks 13 px, annotations 12); presentation mode makes it half as large again.
        assertThat(onFx(() -> model.curvesChart().orElseThrow().getTitle().getFont().getSize())).isEqualTo(16);
        clickOn("#presentation");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.curvesChart().orElseThrow().getTitle().getFont().getSize())).isEqualTo(23);
        Screenshots.write(stage.getScene(), "transfer-lab-presentation.png");
        clickOn("#presentation");
        WaitForAsyncUtils.waitForFxEvents();

        Path png = out.resolve("curves.png");
        onFx(() -> model.exportCurves(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(500);
        assertThat(image.getHeight()).isGreaterThan(300);
        // Export as the user chooses it in the dialog: the size asked, the numbers beside it, a name that says what it is.
        assertThat(onFx(() -> model.suggestedFileName(false))).isEqualTo("curves-Book-to-Art-custom-3-seeds");
        clickOn("#export");
        WaitForAsyncUtils.waitForFxEvents();
        Path chosen = out.resolve("chosen.png");
        onFx(() -> {
            lookup("#export-file").queryAs(javafx.scene.control.TextField.class).setText(chosen.toString());
            lookup("#export-width").queryAs(Spinner.class).getValueFactory().setValue(1600);
            lookup("#export-height").queryAs(Spinner.class).getValueFactory().setValue(1200);
            lookup("#export-dpi").queryAs(Spinner.class).getValueFactory().setValue(200);
            return null;
        });
        clickOn("#export-ok");
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage exported = ImageIO.read(chosen.toFile());
        assertThat(exported.getWidth()).isEqualTo(1600);
        assertThat(exported.getHeight()).isEqualTo(1200);
        assertThat(java.nio.file.Files.readAllLines(out.resolve("chosen.csv")).get(0)).isEqualTo("run,quantity,epoch,value");
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Wrote " + chosen.toAbsolutePath()
                + " (1600 x 1200 px, 200 dpi) and chosen.csv");
        // ...and in a notification over the window, which offers to copy the path.
        assertThat(onFx(() -> List.copyOf(model.notices()))).last()
                .isEqualTo(new Notice(Notice.Level.INFO, model.statusProperty().get(), chosen.toAbsolutePath()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ShownNotifications.texts()).contains(WorkbenchApp.TITLE + ": Wrote chosen.png (1600 x 1200 px, 200 dpi) and chosen.csv\nin "
                + chosen.toAbsolutePath().getParent());

        // Fig. 2: each source model's importances are the numbers analyze importance prints for its run.
        TransferOutcome outcome = onFx(() -> model.outcomeProperty().get());
        SeedTransfer first = outcome.seeds().get(0);
        JsonNode cliLayers = importanceFromCli(first.sourceRun());
        assertThat(first.sourceImportance().layers()).hasSize(4);
        for (org.rectransfer.analysis.LayerImportance layer : first.sourceImportance().layers()) {
            JsonNode expected = cliLayers.path(layer.layer().id());
            assertThat(layer.importance()).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(layer.importance()[i]).isCloseTo(expected.get(i).asDouble(), within(1e-9));
            }
        }
        clickOn("#importance-tab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> lookup("#export").queryButton().getText())).isEqualTo("Export importance…");
        assertThat(onFx(() -> model.importanceChart().orElseThrow().getTitle().getText())).endsWith("(mean over the 3 seeds' models)");
        Screenshots.write(stage.getScene(), "transfer-lab-importance.png");
        Path importancePng = out.resolve("importance.png");
        onFx(() -> model.exportImportance(importancePng));
        assertThat(ImageIO.read(importancePng.toFile()).getWidth()).isGreaterThan(500);
        clickOn("#curves-tab");

        // Another plan: every seed's source and baseline are reused, only the three transfers train.
        onFx(() -> {
            model.presetProperty().set("config-7");
            return null;
        });
        clickOn("#run");
        awaitIdle(600);
        assertThat(onFx(() -> model.points().size())).isEqualTo(18);
        assertThat(runs()).hasSize(12).filteredOn(run -> run.equals("transfer|Art|done|config-7")).hasSize(3);
        // Same source runs: their importance is not measured again.
        List<SeedTransfer> again = onFx(() -> model.outcomeProperty().get().seeds());
        for (int s = 0; s < 3; s++) {
            assertThat(again.get(s).sourceRun()).isEqualTo(outcome.seeds().get(s).sourceRun());
            assertThat(again.get(s).baselineRun()).isEqualTo(outcome.seeds().get(s).baselineRun());
            assertThat(again.get(s).sourceImportance()).isSameAs(outcome.seeds().get(s).sourceImportance());
        }

        // A new session on the same workspace: sources and baselines are found there (same file bytes,
        // settings and seed), only the three transfers train.
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        openLab();
        TransferLabViewModel next = model();
        setEpochs(2);
        onFx(() -> {
            next.presetProperty().set("config-7");
            return null;
        });
        clickOn("#run");
        awaitIdle(600);
        assertThat(runs()).hasSize(15).filteredOn(run -> run.equals("transfer|Art|done|config-7")).hasSize(6);
        List<SeedTransfer> nextSession = onFx(() -> next.outcomeProperty().get().seeds());
        for (int s = 0; s < 3; s++) {
            assertThat(nextSession.get(s).sourceRun()).isEqualTo(outcome.seeds().get(s).sourceRun());
            assertThat(nextSession.get(s).baselineRun()).isEqualTo(outcome.seeds().get(s).baselineRun());
        }
    }

    @Test
    void aTargetEqualToTheSourceDisablesRunAndSaysWhy() throws Exception {
        openLab();
        TransferLabViewModel model = model();
        Button run = lookup("#run").queryButton();
        Label problem = lookup("#choice-problem").query();
        assertThat(onFx(run::isDisabled)).isFalse();
        assertThat(onFx(problem::isVisible)).isFalse();
        onFx(() -> {
            model.targetProperty().set(model.sourceProperty().get());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(run::isDisabled)).isTrue();
        assertThat(onFx(problem::isVisible)).isTrue();
        assertThat(onFx(problem::getText)).isEqualTo("Pick a target other than the source");
    }

    @Test
    void theAdvancedSettingsSayWhatTheyMeanAndThePresetsWhatTheyTransfer() throws Exception {
        Stage stage = openLab();
        TransferLabViewModel model = model();
        clickOn("#advanced");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> lookup("#lr").queryAs(javafx.scene.control.TextField.class).getText())).isEqualTo("0.001");
        assertThat(onFx(() -> lookup("#lr").queryAs(javafx.scene.control.TextField.class).getTooltip().getText())).endsWith("Paper: 0.001");
        assertThat(onFx(() -> lookup("#layers").queryAs(javafx.scene.control.TextField.class).getText())).isEqualTo("64,32,16,8");
        clickOn("#preset");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cells = onFx(() -> lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(cell -> cell.getText()).filter(java.util.Objects::nonNull).toList());
        assertThat(cells).contains("config-6 · FC-3, FC-4, OUT frozen from the source; the rest fresh",
                "baseline · nothing transferred: every layer trained from scratch");
        type(javafx.scene.input.KeyCode.ESCAPE);
        // Three widths cannot hold the paper's four-layer presets: Run is off and the reason is shown.
        onFx(() -> {
            model.hyperparameters().layersProperty().set("64,32,16");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> lookup("#run").queryButton().isDisabled())).isTrue();
        assertThat(text("#choice-problem")).isEqualTo("Layers must be four widths, e.g. 64,32,16,8");
        Screenshots.write(stage.getScene(), "transfer-lab-advanced.png");
        onFx(() -> {
            lookup("#reset-hyperparameters").queryButton().fire();   // below the fold: the form scrolls
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> lookup("#run").queryButton().isDisabled())).isFalse();
        assertThat(onFx(() -> model.hyperparameters().isPaper())).isTrue();
    }

    @Test
    void cancellingStopsEverySeedAndRecordsTheirRunsAsFailed() throws Exception {
        openLab();
        TransferLabViewModel model = model();
        setEpochs(400);
        clickOn("#run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> model.points().size() >= 1));
        assertThat(onFx(() -> lookup("#preset").query().isDisabled())).as("the running plan cannot be edited").isTrue();
        for (String setting : List.of("#lr", "#tune-lr", "#batch", "#negatives", "#embedding", "#layers", "#early-stopping",
                "#patience", "#warmup", "#reset-hyperparameters", "#epochs", "#seeds")) {
            assertThat(onFx(() -> lookup(setting).query().isDisabled())).as(setting + " is locked while the run trains").isTrue();
        }
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.PERIOD);   // Cancel's shortcut
        Button run = lookup("#run").queryButton();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !run.isDisabled()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Cancelled");
        assertThat(onFx(() -> model.outcomeProperty().get())).isNull();
        // The sources and baselines that had begun (as many as there are cores) stopped before the screen said so.
        List<String> runs = runs();
        assertThat(runs).hasSizeBetween(1, 6).allMatch(row -> row.matches("baseline\\|(Book|Art)\\|failed\\|baseline"));
        assertThat(errors()).hasSize(runs.size()).containsOnly("cancelled");
    }

    @Test
    void closingDuringARunAsksThenStopsEverySeedBeforeTheWindowGoes() throws Exception {
        Stage stage = openLab();
        TransferLabViewModel model = model();
        setEpochs(400);
        clickOn("#run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> model.points().size() >= 1));
        javafx.application.Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> showing("#keep-training")));
        clickOn(lookup("#keep-training").match(node -> showingWindow((javafx.scene.Node) node)).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        // Ctrl+R does nothing while a run trains (Run is disabled); on the Results tab Ctrl+. does not reach the lab.
        clickOn("#results-tab");
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.PERIOD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.busyProperty().get())).as("the shortcut of a hidden tab").isTrue();
        clickOn("#lab-tab");
        assertThat(onFx(stage::isShowing)).as("keep training: the window stays").isTrue();
        assertThat(onFx(() -> model.busyProperty().get())).isTrue();
        javafx.application.Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> showing("#stop-and-close")));
        clickOn(lookup("#stop-and-close").match(node -> showingWindow((javafx.scene.Node) node)).queryButton());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !stage.isShowing()));
        assertThat(onFx(() -> model.busyProperty().get())).isFalse();
        assertThat(runs()).isNotEmpty().allMatch(row -> row.contains("|failed|"));
        assertThat(errors()).containsOnly("cancelled");
    }

    /** @return whether a button {@code id} is in a window on screen (a closed dialog's button lingers in lookups) */
    private boolean showing(String id) {
        return lookup(id).match(node -> showingWindow((javafx.scene.Node) node)).tryQuery().isPresent();
    }

    private static boolean showingWindow(javafx.scene.Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }

    /** @return per seed 1..3 the HR@10 of the baseline ([0]) and of the transfer ([1]) on {@code target}, from the workspace */
    private double[][] storedHrsBySeed(String target) throws Exception {
        double[][] hrs = new double[2][3];
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Workspace store = Workspace.open(workspace)) {
            for (StoredRun run : store.runs()) {
                if (!run.domain().equals(target)) continue;
                int seed = json.readTree(run.settingsJson()).path("training").path("seed").asInt();
                hrs[run.kind() == org.rectransfer.experiment.RunKind.BASELINE ? 0 : 1][seed - 1] = run.hr();
            }
        }
        return hrs;
    }

    private String text(String id) {
        return onFx(() -> lookup(id).queryLabeled().getText());
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
