package org.rectransfer.ui;

import org.rectransfer.study.ModelRole;
import org.rectransfer.experiment.RunStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.study.DomainReading;
import org.rectransfer.study.StoredRunSettings;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.experiment.EpochMetrics;
import org.rectransfer.model.LayerName;
import org.rectransfer.model.TransferMode;
import org.rectransfer.report.CurveBands;
import org.rectransfer.report.CurveSeries;
import org.rectransfer.report.TrainingCurves;
import org.rectransfer.store.Workspace;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The lab's view model without a window: presets, layer modes, seeds, validation, and the curves over seeds. */
class TransferLabViewModelTest {
    private static final Executor NEVER = work -> {
        throw new AssertionError("nothing may be trained in this test");
    };
    private static final List<Path> FILES = List.of(Path.of("Art-synthetic.tsv"), Path.of("Book-synthetic.tsv"),
            Path.of("Office-synthetic.tsv"));

    @TempDir
    Path workspace;

    /** Started as TestFX starts it, so that the window tests running after this class click where they aim. */
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private TransferLabViewModel model() {
        return onFx(() -> new TransferLabViewModel(FILES, workspace, NEVER));
    }

    @Test
    void preselectsASourceDomainAndATargetDomain() {
        TransferLabViewModel model = model();
        assertThat(onFx(() -> model.sourceProperty().get())).isEqualTo(Path.of("Book-synthetic.tsv"));
        assertThat(onFx(() -> model.targetProperty().get())).isEqualTo(Path.of("Art-synthetic.tsv"));
    }

    @Test
    void sourceEqualToTargetIsExplainedAndAnotherTargetClearsTheOldResults() {
        TransferLabViewModel model = model();
        assertThat(onFx(() -> model.choiceProblemProperty().get())).isEmpty();
        onFx(() -> {
            model.targetProperty().set(Path.of("Book-synthetic.tsv"));
            return null;
        });
        assertThat(onFx(() -> model.choiceProblemProperty().get())).isEqualTo("Pick a target other than the source");
        onFx(() -> {
            model.targetProperty().set(Path.of("Art-synthetic.tsv"));
            model.points().add(new LabPoint(ModelRole.BASELINE, 1, epoch(1, 0.5, 0.3)));
            return null;
        });
        assertThat(onFx(() -> model.choiceProblemProperty().get())).isEmpty();
        onFx(() -> {
            model.targetProperty().set(Path.of("Office-synthetic.tsv"));
            return null;
        });
        assertThat(onFx(() -> model.points())).as("curves of the old target are not left on screen").isEmpty();
        assertThat(onFx(() -> model.curves())).isEmpty();
    }

    @Test
    void aPresetSetsEveryLayerAndEditingALayerFindsThePresetOrSaysCustom() {
        TransferLabViewModel model = model();
        assertThat(onFx(() -> model.plan().describe())).isEqualTo("FC1=fresh,FC2=fresh,FC3=frozen,FC4=frozen,OUT=frozen");
        onFx(() -> {
            model.presetProperty().set("config-1");
            return null;
        });
        assertThat(onFx(() -> model.plan().describe())).isEqualTo("FC1=frozen,FC2=frozen,FC3=frozen,FC4=frozen,OUT=frozen");
        onFx(() -> {
            model.modeProperty(LayerName.fc(1)).set(TransferMode.FRESH);   // FC-2..FC-4 frozen: Config-5
            return null;
        });
        assertThat(onFx(() -> model.presetProperty().get())).isEqualTo("config-5");
        onFx(() -> {
            model.modeProperty(LayerName.fc(2)).set(TransferMode.TUNED);
            return null;
        });
        assertThat(onFx(() -> model.presetProperty().get())).isEqualTo(TransferLabViewModel.CUSTOM);
        assertThat(onFx(() -> model.plan().name())).isEqualTo("custom");
        assertThat(onFx(() -> model.plan().describe())).isEqualTo("FC1=fresh,FC2=tuned,FC3=frozen,FC4=frozen,OUT=frozen");
        onFx(() -> {
            model.presetProperty().set("baseline");
            return null;
        });
        assertThat(onFx(() -> model.plan().transferred())).isEmpty();
    }

    @Test
    void refusesToRunASourceOnItselfWithoutTraining() {
        TransferLabViewModel model = model();
        Object task = onFx(() -> {
            model.targetProperty().set(model.sourceProperty().get());
            return model.run();
        });
        assertThat(task).isNull();
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Pick a target other than the source");
        assertThat(onFx(() -> model.busyProperty().get())).isFalse();
    }

    @Test
    void withoutEpochsTheCurvesAreEmpty() {
        TransferLabViewModel model = model();
        assertThat(onFx(model::curves)).isEmpty();
        assertThat(onFx(model::curvesChart)).isEmpty();
    }

    @Test
    void runsThreeSeedsByDefaultAndRefusesOutOfRangeSeeds() {
        TransferLabViewModel model = model();
        assertThat(onFx(() -> model.seedsProperty().get())).isEqualTo(3);
        assertThat(TransferLabViewModel.describeSeeds(3)).isEqualTo("seeds 1–3");
        assertThat(TransferLabViewModel.describeSeeds(1)).isEqualTo("seed 1");
        Object task = onFx(() -> {
            model.seedsProperty().set(11);
            return model.run();
        });
        assertThat(task).isNull();
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Seeds must be 1 to 10");
    }

    @Test
    void theCurvesAreTheMeanOverSeedsWithAMinToMaxBand() {
        TransferLabViewModel model = model();
        onFx(() -> model.points().setAll(
                new LabPoint(ModelRole.SOURCE, 1, epoch(1, 0.5, 0.2)), new LabPoint(ModelRole.SOURCE, 2, epoch(1, 0.7, 0.4)),
                new LabPoint(ModelRole.SOURCE, 2, epoch(2, 0.6, 0.5)), new LabPoint(ModelRole.BASELINE, 1, epoch(1, 0.9, 0.1))));
        TrainingCurves curves = onFx(() -> model.curves().orElseThrow());
        assertThat(curves.loss()).extracting(CurveSeries::label).containsExactly("source (Book)", "baseline (Art)");
        assertThat(curves.loss().get(0).values()).containsExactly(new double[] {0.6, 0.6}, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(curves.metric().get(0).values()).containsExactly(new double[] {0.3, 0.5}, org.assertj.core.data.Offset.offset(1e-12));
        CurveBands bands = onFx(() -> model.bands().orElseThrow());
        assertThat(bands.description()).isEqualTo("Lines: mean over seeds 1–3; shaded: min to max over the seeds that reached the epoch");
        assertThat(bands.lossBand("source (Book)").lower()).containsExactly(0.5, 0.6);
        assertThat(bands.lossBand("source (Book)").upper()).containsExactly(0.7, 0.6);
        assertThat(bands.metricBand("source (Book)").runs()).containsExactly(2, 1);
        assertThat(onFx(model::curvesChart)).isPresent();
    }

    @Test
    void aSeedThatFailsFailsTheRunWithItsErrorOnceEverySeedHasStopped(@TempDir Path data) throws Exception {
        DomainFixtures.writeStandardSet(data);
        // A source with enough items for the lab's 99 evaluation negatives: 3 users of 25 items and one of 120.
        DomainFixtures.write(data.resolve("Wide-tiny.tsv"), 3, 25, 1, 120);
        ExecutorService training = Executors.newSingleThreadExecutor();
        try {
            TransferLabViewModel model = onFx(() -> new TransferLabViewModel(
                    List.of(data.resolve("Wide-tiny.tsv"), data.resolve("Broken-tiny.tsv")), workspace, training));
            onFx(() -> {
                model.sourceProperty().set(data.resolve("Wide-tiny.tsv"));
                model.targetProperty().set(data.resolve("Broken-tiny.tsv"));
                model.epochsProperty().set(1);
                return model.run();
            });
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !model.busyProperty().get()));
            assertThat(onFx(() -> model.statusProperty().get())).startsWith("Failed: ").endsWith("Broken-tiny.tsv:3: expected 3 tab-separated columns, found 1");
            assertThat(onFx(() -> model.outcomeProperty().get())).isNull();
            assertThat(onFx(() -> model.gainProperty().get())).isEmpty();
            assertThat(onFx(() -> List.copyOf(model.notices()))).containsExactly(Notice.error(onFx(() -> model.statusProperty().get())));
            try (Workspace store = Workspace.open(workspace)) {
                assertThat(store.runs()).noneMatch(run -> run.status() == RunStatus.RUNNING);
            }
        } finally {
            training.shutdownNow();
        }
    }

    @Test
    void eachDomainIsReadWithTheFormatAndFilterTheDomainsScreenGaveIt(@TempDir Path data) throws Exception {
        DomainFixtures.write(data.resolve("Wide-tiny.tsv"), 3, 25, 1, 120);
        // 3 users of 25 items and 30 of 5 items of their own: the default filter (20 per user) keeps 3, none keeps 33.
        Path target = data.resolve("Light-tiny.tsv");
        StringBuilder lines = new StringBuilder("user\titem\tseq\n");
        for (int h = 0; h < 3; h++) for (int k = 0; k < 25; k++) lines.append("h" + h + "\ti" + (h + k) + "\t" + k + "\n");
        for (int l = 0; l < 30; l++) for (int k = 0; k < 5; k++) lines.append("l" + l + "\tl" + l + "j" + k + "\t" + k + "\n");
        java.nio.file.Files.writeString(target, lines);
        ExecutorService training = Executors.newSingleThreadExecutor();
        try {
            TransferLabViewModel model = onFx(() -> new TransferLabViewModel(List.of(data.resolve("Wide-tiny.tsv"), target), workspace, training));
            FilterSpec none = new FilterSpec(0, 0, false);
            onFx(() -> {
                model.readings().put(target.toAbsolutePath().normalize(), new DomainReading(ReadOptions.DEFAULT, none));
                model.sourceProperty().set(data.resolve("Wide-tiny.tsv"));
                model.targetProperty().set(target);
                model.epochsProperty().set(1);
                model.seedsProperty().set(1);
                return model.run();
            });
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !model.busyProperty().get()));
            assertThat(onFx(() -> model.statusProperty().get())).startsWith("Done: ");
            try (Workspace store = Workspace.open(workspace)) {
                Map<String, FilterSpec> filters = new java.util.TreeMap<>();
                for (var run : store.runs()) filters.put(run.kind().stored() + " " + run.domain(),
                        StoredRunSettings.of(store.run(run.id()).orElseThrow()).filter());
                assertThat(filters).containsExactly(Map.entry("baseline Light", none),
                        Map.entry("baseline Wide", FilterSpec.DEFAULT), Map.entry("transfer Light", none));
                var baseline = store.runs().stream().filter(run -> run.domain().equals("Light")
                        && run.kind() == org.rectransfer.experiment.RunKind.BASELINE).findFirst().orElseThrow();
                assertThat(StoredRunSettings.domain(store.run(baseline.id()).orElseThrow()).data().users()).isEqualTo(33);
            }
        } finally {
            training.shutdownNow();
        }
    }

    /**
     * Cancel has two races this test catches: the JavaFX task reports itself cancelled while its
     * seeds still train, so a screen that went idle then would show "Cancelled" over runs still
     * "running" in the workspace; and epochs already queued for the FX thread can arrive after it.
     * The screen must leave its running state only once every run is recorded failed, and draw no
     * epoch after that. (With the old handler, which went idle as soon as the task said cancelled,
     * this test failed 3 runs of 3.)
     */
    @Test
    void cancelLeavesTheRunningStateOnlyOnceEveryRunIsRecordedAndDrawsNoLateEpoch(@TempDir Path data) throws Exception {
        // Big enough that an epoch takes a while (80,000 interactions), so the cancel lands mid-run.
        DomainFixtures.write(data.resolve("Wide-source.tsv"), 2000, 40, 0, 0);
        DomainFixtures.write(data.resolve("Wide-target.tsv"), 1500, 40, 0, 0);
        ExecutorService training = Executors.newSingleThreadExecutor();
        List<String> statusesWhenIdle = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            TransferLabViewModel model = onFx(() -> new TransferLabViewModel(
                    List.of(data.resolve("Wide-source.tsv"), data.resolve("Wide-target.tsv")), workspace, training));
            onFx(() -> {
                model.sourceProperty().set(data.resolve("Wide-source.tsv"));
                model.targetProperty().set(data.resolve("Wide-target.tsv"));
                model.seedsProperty().set(1);
                model.epochsProperty().set(300);
                // What the workspace holds at the very moment the screen goes idle.
                model.busyProperty().addListener((o, was, busy) -> {
                    if (!busy) {
                        try (Workspace store = Workspace.openForReading(workspace)) {
                            store.runs().forEach(run -> statusesWhenIdle.add(run.status().stored()));
                        }
                    }
                });
                return model.run();
            });
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> model.points().size() >= 1));
            onFx(() -> {
                model.cancel();
                return null;
            });
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !model.busyProperty().get()));
            int drawn = onFx(() -> model.points().size());
            assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Cancelled");
            assertThat(statusesWhenIdle).as("the runs when the screen went idle").isNotEmpty().containsOnly("failed");
            Thread.sleep(500);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(() -> model.points().size())).as("no epoch is drawn after the run stopped").isEqualTo(drawn);
        } finally {
            training.shutdownNow();
        }
    }

    /** An epoch of a converged run: loss and validation HR (the test items are ranked once, at the end). */
    private static EpochMetrics epoch(int epoch, double loss, double validationHr) {
        return new EpochMetrics(epoch, loss, Double.NaN, Double.NaN, validationHr, 1, 1);
    }

    private static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(30_000, work);
    }
}
