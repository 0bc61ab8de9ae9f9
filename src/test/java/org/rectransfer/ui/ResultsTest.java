package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.cli.Cli;
import org.rectransfer.report.GainMatrix;
import org.rectransfer.report.KldScatter;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The results tab on a real (tiny) sweep: its heatmap shows exactly the gains report gains prints. */
class ResultsTest extends FxRobot {
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

    private String cli(String... args) {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Cli.run(args, new PrintWriter(stdout), new PrintWriter(stderr));
        assertThat(code).as(stderr.toString()).isZero();
        return stdout.toString();
    }

    @Test
    void showsTheSweepsGainsAsAHeatmapAndExportsIt() throws Exception {
        cli("sweep", "--sources", "sample-data/Art-synthetic.tsv", "--targets", "sample-data/Office-synthetic.tsv",
                "sample-data/Garden-synthetic.tsv", "--configs", "config-1,config-7", "--seeds", "1", "--epochs", "1",
                "--parallel", "2", "--name", "tiny", "--workspace", workspace.toString(), "--json");
        JsonNode printed = new ObjectMapper().readTree(cli("report", "gains", "--sweep", "tiny", "--workspace",
                workspace.toString(), "--json")).path("sources").path("Art");

        Stage stage = FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(Path.of("sample-data"), workspace));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#results-tab");
        ResultsViewModel model = onFx(() -> ((ResultsView) lookup(".results-view").query()).modelForTests());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> model.matrixProperty().get() != null));

        assertThat(onFx(() -> model.sweeps().size())).isEqualTo(1);
        assertThat(onFx(() -> model.sweepProperty().get().id())).isEqualTo("tiny");
        assertThat(onFx(() -> model.sweepProperty().get().runs())).isEqualTo(7);   // 1 source, 2 baselines, 4 transfers
        GainMatrix matrix = onFx(() -> model.matrixProperty().get());
        assertThat(matrix.source()).isEqualTo("Art");
        assertThat(matrix.configs()).containsExactly("config-1", "config-7");
        assertThat(matrix.targets()).containsExactlyInAnyOrder("Office", "Garden");
        for (int t = 0; t < matrix.targets().size(); t++) {
            for (int c = 0; c < matrix.configs().size(); c++) {
                assertThat(matrix.gainPercent()[t][c])
                        .isCloseTo(printed.path(matrix.targets().get(t)).path(matrix.configs().get(c)).asDouble(), within(1e-9));
            }
        }
        Screenshots.write(stage.getScene(), "results.png");

        clickOn("#exclude-collapsed");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !model.busyProperty().get()
                && model.excludeCollapsedProperty().get() && model.matrixProperty().get() != null));

        Path png = out.resolve("heatmap.png");
        onFx(() -> model.exportFigure(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(500);
        // As the export dialog asks: the pixels chosen, the plotted gains as CSV, a name saying what it shows.
        assertThat(onFx(model::suggestedFileName)).isEqualTo("gains-tiny-Art");
        Path chosen = out.resolve("gains.png");
        String written = onFx(() -> model.export(new ExportChoice(chosen, 1600, 1200, 200, true)));
        assertThat(written).endsWith("(1600 x 1200 px, 200 dpi) and gains.csv");
        assertThat(ImageIO.read(chosen.toFile()).getHeight()).isEqualTo(1200);
        assertThat(java.nio.file.Files.readAllLines(out.resolve("gains.csv")).get(0))
                .isEqualTo("source,target,config,gain_percent,significant,baseline_hr");
        // On screen the cell values are 12 px (ChartTheme.screen), in the file the print size.
        assertThat(onFx(() -> model.chartProperty().get().getTitle().getFont().getSize())).isEqualTo(16);

        // Fig. 3: the same KLDs as analyze relatedness prints, for each target of the chosen config.
        JsonNode points = new ObjectMapper().readTree(cli("analyze", "relatedness", "--sweep", "tiny", "--workspace",
                workspace.toString(), "--json")).path("points");
        onFx(() -> {
            model.figureProperty().set(ResultFigure.KLD_SCATTER);
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> model.studyProperty().get() != null
                && model.chartProperty().get() != null));
        assertThat(onFx(() -> model.configs())).containsExactly("config-1", "config-7");
        assertThat(onFx(() -> model.configProperty().get())).isEqualTo("config-1");
        KldScatter scatter = onFx(() -> KldScatter.of(model.studyProperty().get(), "Art", "config-1"));
        assertThat(scatter.targets()).containsExactlyInAnyOrder("Office", "Garden");
        for (int t = 0; t < scatter.targets().size(); t++) {
            String target = scatter.targets().get(t);
            double printedKld = -1;
            for (JsonNode point : points) {
                if (point.path("target").asText().equals(target) && point.path("config").asText().equals("config-1")) {
                    printedKld = point.path("kld").asDouble();
                }
            }
            assertThat(scatter.kld()[t]).isCloseTo(printedKld, within(1e-9));
        }
        Screenshots.write(stage.getScene(), "results-kld.png");
        // At 1024 x 700 the toolbar (with the config picker of this view) wraps rather than cutting labels short.
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : java.util.List.of("#results-figure", "#results-source", "#results-config", "#exclude-collapsed", "#results-export")) {
            javafx.scene.control.Control control = lookup(id).query();
            assertThat(onFx(() -> control.getWidth())).as(id + " shown whole").isGreaterThanOrEqualTo(onFx(() -> control.prefWidth(-1)) - 0.5);
        }
        Screenshots.write(stage.getScene(), "results-kld-1024x700.png");
        Path kldPng = out.resolve("kld.png");
        onFx(() -> model.exportFigure(kldPng));
        assertThat(ImageIO.read(kldPng.toFile()).getHeight()).isGreaterThan(300);
    }

    private static <T> T onFx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(60_000, read);
    }
}
