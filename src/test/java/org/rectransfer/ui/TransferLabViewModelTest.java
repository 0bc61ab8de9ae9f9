package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.model.LayerName;
import org.rectransfer.model.TransferMode;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The lab's view model without a window: presets, layer modes and validation. */
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

    private static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(30_000, work);
    }
}
