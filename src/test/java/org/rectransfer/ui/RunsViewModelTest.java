package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.cli.Cli;
import org.rectransfer.experiment.RunKind;
import org.rectransfer.experiment.RunStatus;
import org.rectransfer.report.CurveSeries;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.store.NewRun;
import org.rectransfer.store.Provenance;
import org.rectransfer.store.RunDeletion;
import org.rectransfer.store.RunRow;
import org.rectransfer.store.StoreJson;
import org.rectransfer.store.Workspace;
import org.rectransfer.study.RunCatalog;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Runs screen's view model without a window, on a workspace of real tiny runs (two
 * {@code train}s, a {@code transfer} from one of them, a failed run and one still running): the
 * filters, the curves of the selection, deletion after its preview, and opening a transfer in the lab.
 */
class RunsViewModelTest {
    static final String SOURCE = "sample-data/Cellphone-synthetic.tsv";
    static final String TARGET = "sample-data/DigitalMusic-synthetic.tsv";
    private static final Executor BACKGROUND = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "test-background");
        thread.setDaemon(true);
        return thread;
    });

    @TempDir
    static Path template;
    private static JsonNode source;
    private static JsonNode target;
    private static JsonNode transfer;

    @TempDir
    Path workspace;
    private String failed;
    private String running;

    /** Started as TestFX starts it, so that the window tests running after this class click where they aim. */
    @BeforeAll
    static void trainOnce() throws Exception {
        FxToolkit.registerPrimaryStage();
        source = cli("train", "--data", SOURCE, "--epochs", "2", "--workspace", template.toString(), "--json");
        target = cli("train", "--data", TARGET, "--epochs", "2", "--workspace", template.toString(), "--json");
        transfer = cli("transfer", "--source", source.get("run").asText(), "--data", TARGET, "--config", "config-6",
                "--epochs", "2", "--workspace", template.toString(), "--json");
    }

    static JsonNode cli(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    /** A copy of the trained runs, plus a failed run and one still running (begun by this live process). */
    @BeforeEach
    void copyWorkspace() throws IOException {
        copy(template, workspace);
        try (Workspace store = Workspace.open(workspace)) {
            failed = store.begin(new NewRun(RunKind.BASELINE, "DigitalMusic", TARGET, "hash", null, "baseline", 2, "{}",
                    StoreJson.write(Provenance.of(List.of("test")))));
            store.fail(failed, "training diverged: loss is NaN");
            running = store.begin(new NewRun(RunKind.BASELINE, "Cellphone", SOURCE, "hash", null, "baseline", 3, "{}",
                    StoreJson.write(Provenance.of(List.of("test")))));
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copied = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copied);
                } else {
                    Files.copy(file, copied);
                }
            }
        }
    }

    private RunsViewModel loaded() {
        RunsViewModel model = onFx(() -> new RunsViewModel(workspace, BACKGROUND));
        onFx(model::refresh);
        awaitIdle(model);
        return model;
    }

    @Test
    void listsEveryRunWithItsMetricsAndFiltersByDomainKindStatusAndText() {
        RunsViewModel model = loaded();
        String sourceRun = source.get("run").asText();
        String transferRun = transfer.get("run").asText();
        String targetRun = target.get("run").asText();
        assertThat(ids(model.shown())).containsExactly(sourceRun, targetRun, transferRun, failed, running);
        assertThat(onFx(() -> List.copyOf(model.domains()))).containsExactly(RunsViewModel.ALL_DOMAINS, "Cellphone", "DigitalMusic");
        assertThat(onFx(() -> model.cutOffProperty().get())).isEqualTo(10);
        assertThat(onFx(() -> model.statusProperty().get())).startsWith("5 runs in ");

        RunRow shownTransfer = onFx(() -> model.runs().get(2));
        assertThat(shownTransfer.kind()).isEqualTo(RunKind.TRANSFER);
        assertThat(shownTransfer.plan()).isEqualTo("config-6");
        assertThat(shownTransfer.sourceRun()).isEqualTo(sourceRun);
        assertThat(shownTransfer.epochs()).isEqualTo(2);
        assertThat(shownTransfer.bestEpoch()).isEqualTo(transfer.get("bestEpoch").asInt());
        for (String metric : List.of("hr", "ndcg", "mrr", "recall", "auc")) {
            assertThat(shownTransfer.metric(metric)).as(metric).isEqualTo(transfer.get(metric).asDouble());
        }
        assertThat(shownTransfer.metrics().keySet()).containsExactly("hr", "ndcg", "mrr", "recall", "auc");

        set(model, () -> model.kindProperty().set("transfer"));
        assertThat(ids(model.shown())).containsExactly(transferRun);
        set(model, () -> {
            model.kindProperty().set(RunsViewModel.ALL_KINDS);
            model.statusFilterProperty().set("failed");
        });
        assertThat(ids(model.shown())).containsExactly(failed);
        assertThat(onFx(() -> model.shown().get(0).error())).isEqualTo("training diverged: loss is NaN");
        set(model, () -> {
            model.statusFilterProperty().set(RunsViewModel.ALL_STATUSES);
            model.domainProperty().set("DigitalMusic");
        });
        assertThat(ids(model.shown())).containsExactly(targetRun, transferRun, failed);
        set(model, () -> model.searchProperty().set("  DIVERGED "));
        assertThat(ids(model.shown())).containsExactly(failed);
        set(model, () -> {
            model.domainProperty().set(RunsViewModel.ALL_DOMAINS);
            model.searchProperty().set(sourceRun);   // the run, and the transfer that names it as its source
        });
        assertThat(ids(model.shown())).containsExactly(sourceRun, transferRun);

        // A refresh keeps the filters.
        onFx(model::refresh);
        awaitIdle(model);
        assertThat(ids(model.shown())).containsExactly(sourceRun, transferRun);
    }

    @Test
    void theSelectedFinishedRunsAreOverlaidAndTheOthersAreNamedWithoutCurves() throws Exception {
        RunsViewModel model = loaded();
        List<RunRow> all = onFx(() -> List.copyOf(model.runs()));
        onFx(() -> {
            model.select(List.of(all.get(0), all.get(2), all.get(3)));   // source, transfer, the failed run
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> model.chartProperty().get() != null));
        TrainingCurves curves = onFx(() -> model.curvesProperty().get());
        String sourceRun = source.get("run").asText();
        String transferRun = transfer.get("run").asText();
        assertThat(curves.labels()).containsExactly(sourceRun + " (baseline)", transferRun + " (config-6)");
        assertThat(curves.metricName()).isEqualTo("validation HR@10");
        assertThat(curves.metric()).hasSize(2);
        assertThat(curves.loss()).hasSize(2);
        CurveSeries transferHr = curves.metric().get(1);
        for (int epoch = 0; epoch < 2; epoch++) {
            assertThat(transferHr.valueAt(epoch)).isEqualTo(transfer.get("epochs").get(epoch).get("validationHr").asDouble());
            assertThat(curves.loss().get(0).valueAt(epoch)).isEqualTo(source.get("epochs").get(epoch).get("loss").asDouble());
        }
        assertThat(onFx(() -> model.curvesNoteProperty().get())).isEqualTo("2 runs drawn; 1 selected run not done, without curves");
        assertThat(onFx(() -> model.canOpenInLabProperty().get())).isFalse();

        Path png = workspace.resolve("curves.png");
        onFx(() -> model.exportCurves(png));
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(500);
        // As the export dialog asks: the pixels chosen, the curves' numbers as CSV, and a notice with the path.
        assertThat(onFx(model::suggestedFileName)).isEqualTo("curves-" + sourceRun + "-and-1-more");
        Path chosen = workspace.resolve("chosen.png");
        String written = onFx(() -> model.export(new ExportChoice(chosen, 1600, 1200, 200, true)));
        java.awt.image.BufferedImage exported = javax.imageio.ImageIO.read(chosen.toFile());
        assertThat(exported.getWidth()).isEqualTo(1600);
        assertThat(exported.getHeight()).isEqualTo(1200);
        assertThat(Files.readAllLines(workspace.resolve("chosen.csv")).get(0)).isEqualTo("run,quantity,epoch,value");
        assertThat(written).isEqualTo("Wrote " + chosen.toAbsolutePath() + " (1600 x 1200 px, 200 dpi) and chosen.csv");
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo(written);
        assertThat(onFx(() -> List.copyOf(model.notices()))).containsExactly(Notice.wrote(written, chosen));

        onFx(() -> {
            model.select(List.of(all.get(4)));   // running: no curves yet
            return null;
        });
        assertThat(onFx(() -> model.chartProperty().get())).isNull();
        assertThat(onFx(() -> model.curvesNoteProperty().get())).isEqualTo("1 selected run is not done: only finished runs have curves");
    }

    @Test
    void deletesOnlyAfterAPreviewSayingWhatGoesAndNeverARunningRun() {
        RunsViewModel model = loaded();
        List<RunRow> all = onFx(() -> List.copyOf(model.runs()));
        String sourceRun = all.get(0).id();
        String targetRun = all.get(1).id();
        onFx(() -> {
            model.select(List.of(all.get(0), all.get(1)));
            return model.requestDeletion();
        });
        awaitIdle(model);
        RunDeletion.Preview preview = onFx(() -> model.pendingDeletionProperty().get());
        assertThat(preview.runs()).containsExactly(sourceRun, targetRun);
        assertThat(RunsViewModel.deletionMessage(preview))
                .startsWith("Delete 2 runs and 2 model files from the workspace?")
                .contains("1 transfer was trained from them and stays in the workspace.")
                .doesNotContain("Sweep");
        assertThat(ids(model.runs())).as("nothing deleted before the confirmation").hasSize(5);

        onFx(model::confirmDeletion);
        awaitIdle(model);
        assertThat(onFx(() -> model.pendingDeletionProperty().get())).isNull();
        assertThat(ids(model.runs())).containsExactly(all.get(2).id(), failed, running);
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Deleted 2 runs and 4 files of models/");
        assertThat(workspace.resolve("models/" + sourceRun + ".zip")).doesNotExist();
        assertThat(workspace.resolve("models/" + targetRun + ".zip.json")).doesNotExist();
        assertThat(workspace.resolve("models/" + all.get(2).id() + ".zip")).exists();
        assertThat(onFx(() -> List.copyOf(model.domains()))).containsExactly(RunsViewModel.ALL_DOMAINS, "Cellphone", "DigitalMusic");

        // A running run: the preview says so, and confirming deletes nothing.
        onFx(() -> {
            model.select(List.of(model.runs().get(2)));
            return model.requestDeletion();
        });
        awaitIdle(model);
        RunDeletion.Preview refused = onFx(() -> model.pendingDeletionProperty().get());
        assertThat(refused.deletable()).isFalse();
        assertThat(RunsViewModel.deletionMessage(refused)).startsWith("Run " + running + " is still running and cannot be deleted");
        assertThat(onFx(model::confirmDeletion)).isNull();
        onFx(model::refresh);
        awaitIdle(model);
        assertThat(ids(model.runs())).contains(running);

        // A sweep's runs: resuming it trains them again.
        RunDeletion.Preview inSweep = new RunDeletion.Preview(List.of("a", "b"), List.of(), List.of(), List.of("models/a.zip"),
                Map.of("tiny", 2), List.of());
        assertThat(RunsViewModel.deletionMessage(inSweep)).startsWith("Delete 2 runs and 1 model file from the workspace?")
                .contains("Sweep tiny lists 2 of them: it will train them again when resumed.");
    }

    @Test
    void opensTheSelectedTransferInTheLabWithItsDomainsAndPlan() {
        RunsViewModel model = loaded();
        List<RunRow> all = onFx(() -> List.copyOf(model.runs()));
        AtomicReference<RunCatalog.LabSetup> opened = new AtomicReference<>();
        onFx(() -> {
            model.setLab(setup -> {
                opened.set(setup);
                return Optional.empty();
            });
            model.select(List.of(all.get(1)));
            return null;
        });
        assertThat(onFx(() -> model.canOpenInLabProperty().get())).as("a baseline does not open in the lab").isFalse();
        onFx(() -> {
            model.select(List.of(all.get(2)));
            return model.openInLab();
        });
        awaitIdle(model);
        assertThat(opened.get()).isEqualTo(new RunCatalog.LabSetup(all.get(2).id(), Path.of(SOURCE), Path.of(TARGET), "config-6"));
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Run " + all.get(2).id()
                + " opened in the lab: Cellphone-synthetic.tsv → DigitalMusic-synthetic.tsv, config-6");

        // The lab takes the files (matching the listed ones whatever the path's form) and the plan, a preset or custom.
        List<Path> files = List.of(Path.of("sample-data/Art-synthetic.tsv"), Path.of(TARGET));
        TransferLabViewModel lab = onFx(() -> new TransferLabViewModel(files, workspace, work -> {
            throw new AssertionError("nothing may be trained in this test");
        }));
        String custom = "FC1=frozen,FC2=fresh,FC3=frozen,FC4=frozen,OUT=frozen";
        assertThat(onFx(() -> lab.show(Path.of(SOURCE), Path.of(TARGET).toAbsolutePath(), custom))).isEmpty();
        assertThat(onFx(() -> lab.sourceProperty().get())).isEqualTo(Path.of(SOURCE));
        assertThat(onFx(() -> lab.targetProperty().get())).isSameAs(files.get(1));
        assertThat(onFx(() -> List.copyOf(lab.domains()))).containsExactly(files.get(0), files.get(1), Path.of(SOURCE));
        assertThat(onFx(() -> lab.presetProperty().get())).isEqualTo(TransferLabViewModel.CUSTOM);
        assertThat(onFx(() -> lab.plan().describe())).isEqualTo(custom);
        assertThat(onFx(() -> lab.show(Path.of(SOURCE), Path.of(TARGET), "config-2"))).isEmpty();
        assertThat(onFx(() -> lab.presetProperty().get())).isEqualTo("config-2");
        assertThat(onFx(() -> lab.show(Path.of(SOURCE), Path.of(TARGET), "FC5=frozen"))).get().asString()
                .startsWith("The lab cannot show the plan FC5=frozen");
    }

    private static List<String> ids(List<RunRow> rows) {
        return onFx(() -> new ArrayList<>(rows.stream().map(RunRow::id).toList()));
    }

    private static void set(RunsViewModel model, Runnable change) {
        onFx(() -> {
            change.run();
            return null;
        });
    }

    static void awaitIdle(RunsViewModel model) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !model.busyProperty().get()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("still busy: " + onFx(() -> model.statusProperty().get()), e);
        }
    }

    static <T> T onFx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(60_000, read);
    }
}
