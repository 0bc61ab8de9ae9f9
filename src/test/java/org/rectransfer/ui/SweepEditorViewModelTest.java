package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectransfer.cli.SweepCommand;
import org.rectransfer.experiment.SweepSpec;
import org.rectransfer.experiment.TrainingSettings;
import org.rectransfer.study.StoredSweep;
import org.rectransfer.study.SweepStudy;
import picocli.CommandLine;

/**
 * The sweep editor without a window: what it refuses and why, and that it builds exactly the sweep
 * {@code rectransfer sweep} builds for the same choices (same spec, same id), so either front end
 * resumes the other's sweeps.
 */
class SweepEditorViewModelTest {
    private static final Path ART = Path.of("sample-data/Art-synthetic.tsv");
    private static final Path BOOK = Path.of("sample-data/Book-synthetic.tsv");
    private static final Path GARDEN = Path.of("sample-data/Garden-synthetic.tsv");
    private static final Path OFFICE = Path.of("sample-data/Office-synthetic.tsv");
    private static final List<Path> FILES = List.of(ART, BOOK, GARDEN, OFFICE);

    private final SweepEditorViewModel editor = new SweepEditorViewModel(FILES, Path.of("target/ws"));

    @Test
    void startsWithEveryConfigThreeSeedsConvergedTrainingAndAllCoresButNoDomain() {
        assertThat(editor.chosenConfigs()).containsExactly("config-1", "config-2", "config-3", "config-4", "config-5",
                "config-6", "config-7");
        assertThat(editor.seedsProperty().get()).isEqualTo(3);
        assertThat(editor.convergedProperty().get()).isTrue();
        assertThat(editor.settings()).isEqualTo(TrainingSettings.CONVERGED);
        assertThat(editor.parallelProperty().get()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(editor.sweepName()).isNull();
        assertThat(editor.problemProperty().get()).isEqualTo("Tick at least one source domain");
        assertThat(editor.commandProperty().get()).isEmpty();
    }

    @Test
    void withoutASourceOrATargetItSaysWhatIsMissing() {
        editor.targetProperty(OFFICE).set(true);
        assertThat(editor.problemProperty().get()).isEqualTo("Tick at least one source domain");
        assertThatThrownBy(editor::spec).isInstanceOf(IllegalStateException.class).hasMessage("Tick at least one source domain");
        editor.targetProperty(OFFICE).set(false);
        editor.sourceProperty(BOOK).set(true);
        assertThat(editor.problemProperty().get()).isEqualTo("Tick at least one target domain");
        editor.targetProperty(OFFICE).set(true);
        assertThat(editor.problemProperty().get()).isEmpty();
    }

    @Test
    void aTargetThatIsAlsoTheSourceIsRefused() {
        editor.sourceProperty(ART).set(true);
        editor.targetProperty(ART).set(true);
        assertThat(editor.problemProperty().get())
                .isEqualTo("Art is ticked as a source and as a target: a sweep would transfer it to itself");
        assertThat(editor.summaryProperty().get()).isEmpty();
        editor.targetProperty(GARDEN).set(true);
        assertThat(editor.problemProperty().get()).as("still Art onto itself").startsWith("Art is ticked as a source");
        editor.targetProperty(ART).set(false);
        assertThat(editor.problemProperty().get()).isEmpty();
    }

    @Test
    void zeroSeedsNoConfigurationZeroEpochsAndZeroParallelRunsAreRefused() {
        editor.sourceProperty(BOOK).set(true);
        editor.targetProperty(OFFICE).set(true);
        editor.seedsProperty().set(0);
        assertThat(editor.problemProperty().get()).isEqualTo("Seeds must be 1 to 10");
        editor.seedsProperty().set(11);
        assertThat(editor.problemProperty().get()).isEqualTo("Seeds must be 1 to 10");
        editor.seedsProperty().set(1);
        SweepEditorViewModel.CONFIGS.forEach(config -> editor.configProperty(config).set(false));
        assertThat(editor.problemProperty().get()).isEqualTo("Tick at least one configuration");
        editor.configProperty("config-4").set(true);
        editor.convergedProperty().set(false);
        editor.epochsProperty().set(0);
        assertThat(editor.problemProperty().get()).isEqualTo("Epochs must be at least 1");
        editor.convergedProperty().set(true);
        assertThat(editor.problemProperty().get()).as("epochs do not matter to converged training").isEmpty();
        editor.parallelProperty().set(0);
        assertThat(editor.problemProperty().get()).isEqualTo("Parallel runs must be at least 1");
    }

    @Test
    void buildsTheCommandLinesSweepForAFixedScheduleAndSomeConfigs() {
        editor.sourceProperty(ART).set(true);
        editor.targetProperty(OFFICE).set(true);
        editor.targetProperty(GARDEN).set(true);
        for (String config : SweepEditorViewModel.CONFIGS) editor.configProperty(config).set(List.of("config-1", "config-7").contains(config));
        editor.seedsProperty().set(2);
        editor.convergedProperty().set(false);
        editor.epochsProperty().set(5);
        editor.parallelProperty().set(1);

        SweepSpec cli = cliSpec("--sources", "sample-data/Art-synthetic.tsv", "--targets", "sample-data/Garden-synthetic.tsv",
                "sample-data/Office-synthetic.tsv", "--configs", "config-1,config-7", "--seeds", "2", "--paper-schedule",
                "--epochs", "5", "--parallel", "1");
        assertThat(editor.spec()).isEqualTo(cli);
        assertThat(SweepStudy.id(editor.spec(), editor.sweepName())).isEqualTo(SweepStudy.id(cli, null)).startsWith("sw-");
        assertThat(StoredSweep.tasks(editor.spec())).isEqualTo(1 * 2 + 2 * 2 + 1 * 2 * 2 * 2);
        assertThat(editor.summaryProperty().get()).isEqualTo("14 runs: 2 source models, 4 baselines, 8 transfers");
        // The command the editor shows builds the same sweep.
        List<String> args = editor.arguments();
        assertThat(args.get(0)).isEqualTo("sweep");
        assertThat(cliSpec(args.subList(1, args.size()).toArray(String[]::new))).isEqualTo(editor.spec());
        assertThat(editor.commandProperty().get()).startsWith("./rectransfer sweep --sources /")
                .contains(" --configs config-1,config-7 --seeds 2 --paper-schedule --epochs 5 --parallel 1 --workspace /")
                .endsWith("target/ws");
    }

    @Test
    void buildsTheCommandLinesDefaultSweepWithConvergedTrainingAndEveryConfig() {
        editor.sourceProperty(BOOK).set(true);
        editor.targetProperty(ART).set(true);
        editor.nameProperty().set("  books  ");
        SweepSpec cli = cliSpec("--sources", "sample-data/Book-synthetic.tsv", "--targets", "sample-data/Art-synthetic.tsv",
                "--seeds", "3", "--name", "books");
        assertThat(editor.spec()).isEqualTo(cli);
        assertThat(editor.sweepName()).isEqualTo("books");
        assertThat(SweepStudy.id(editor.spec(), editor.sweepName())).isEqualTo("books");
        assertThat(editor.options(List.of("workbench")).name()).isEqualTo("books");
        List<String> args = editor.arguments();
        assertThat(args).doesNotContain("--configs", "--paper-schedule").containsSequence("--name", "books");
        assertThat(cliSpec(args.subList(1, args.size()).toArray(String[]::new))).isEqualTo(editor.spec());
    }

    @Test
    void sharesOfTheTargetsUsersBuildTheCommandLinesScarcitySweep() {
        editor.sourceProperty(ART).set(true);
        editor.targetProperty(OFFICE).set(true);
        editor.usersKeptProperty().set("10, 25%, 12.5 100");
        SweepSpec cli = cliSpec("--sources", "sample-data/Art-synthetic.tsv", "--targets", "sample-data/Office-synthetic.tsv",
                "--seeds", "3", "--target-fraction", "0.1,0.25,0.125,1");
        assertThat(editor.spec()).isEqualTo(cli);
        assertThat(editor.spec().targetNames()).containsExactly("Office@10%", "Office@25%", "Office@12.5%", "Office");
        // 3 sources, 4 shares x 3 seeds of baselines, 4 x 7 x 3 transfers.
        assertThat(editor.summaryProperty().get()).isEqualTo("99 runs: 3 source models, 12 baselines, 84 transfers");
        List<String> args = editor.arguments();
        assertThat(args).containsSequence("--target-fraction", "0.1,0.25,0.125,1");
        assertThat(cliSpec(args.subList(1, args.size()).toArray(String[]::new))).isEqualTo(editor.spec());

        editor.usersKeptProperty().set("100");
        assertThat(editor.arguments()).doesNotContain("--target-fraction");
        for (String bad : List.of("0", "150", "ten", "", "50, 50")) {
            editor.usersKeptProperty().set(bad);
            assertThat(editor.problemProperty().get()).as(bad).startsWith("Users kept:");
        }
    }

    @Test
    void eachConfigSaysWhichLayersItFreezes() {
        assertThat(SweepEditorViewModel.describeConfig("config-1"))
                .isEqualTo("config-1: freezes FC-1, FC-2, FC-3, FC-4 and OUT, copied from the source model; the embeddings train from scratch");
        assertThat(SweepEditorViewModel.describeConfig("config-6"))
                .isEqualTo("config-6: freezes FC-3, FC-4 and OUT, copied from the source model; FC-1, FC-2 and the embeddings train from scratch");
    }

    private static SweepSpec cliSpec(String... args) {
        SweepCommand command = new SweepCommand();
        new CommandLine(command).parseArgs(args);
        return command.sweepSpec();
    }
}
