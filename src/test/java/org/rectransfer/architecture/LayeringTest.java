package org.rectransfer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, each rule with the reason it exists. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                // Not Predefined.DO_NOT_INCLUDE_TESTS: it expects target/, and builds may use -Drt.buildDir.
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.rectransfer");
    }

    @Test
    void onlyTheUiImportsJavaFx() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.rectransfer.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("charts, exports and the command line must run headless on servers without JavaFX");
        rule.check(classes);
    }

    @Test
    void onlyModelAndTrainImportDl4j() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("org.rectransfer.model..", "org.rectransfer.train..")
                .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
                .because("the DL4J network is the model's definition and reference trainer; everything else"
                        + " works on plain arrays so it stays fast and testable");
        rule.check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardOutput() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.rectransfer.cli..")
                .and().doNotHaveFullyQualifiedName("org.rectransfer.Main")
                .should().accessField(System.class, "out")
                .because("stdout carries a command's result (one JSON object with --json); logs go to stderr via slf4j");
        rule.check(classes);
    }

    @Test
    void nothingDependsOnTheUiOrTheCommandLine() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("org.rectransfer.ui..", "org.rectransfer.cli..")
                .and().doNotHaveFullyQualifiedName("org.rectransfer.Main")
                .should().dependOnClassesThat().resideInAnyPackage("org.rectransfer.ui..", "org.rectransfer.cli..")
                .because("the core is shared by the workbench, the command line and Spark sweeps");
        rule.check(classes);
    }

    @Test
    void theUiAndTheCommandLineDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("org.rectransfer.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.rectransfer.cli..")
                .because("both are front ends over the same core").check(classes);
        noClasses().that().resideInAPackage("org.rectransfer.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.rectransfer.ui..")
                .because("no command opens the workbench: Main opens it when given no arguments").check(classes);
    }

    @Test
    void packagesFollowTheLayersOfTheDesign() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("data").definedBy("org.rectransfer.data..")
                .layer("model").definedBy("org.rectransfer.model..")
                .layer("train").definedBy("org.rectransfer.train..")
                .layer("eval").definedBy("org.rectransfer.eval..")
                .layer("experiment").definedBy("org.rectransfer.experiment..")
                .layer("analysis").definedBy("org.rectransfer.analysis..")
                .layer("store").definedBy("org.rectransfer.store..")
                .layer("report").definedBy("org.rectransfer.report..")
                .layer("study").definedBy("org.rectransfer.study..")
                .layer("cli").definedBy("org.rectransfer.cli..")
                .layer("ui").definedBy("org.rectransfer.ui..")
                .whereLayer("data").mayNotAccessAnyLayer()
                .whereLayer("model").mayOnlyAccessLayers("data")
                .whereLayer("train").mayOnlyAccessLayers("data", "model")
                .whereLayer("eval").mayOnlyAccessLayers("data", "model")
                .whereLayer("analysis").mayOnlyAccessLayers("data", "model", "eval")
                .whereLayer("experiment").mayOnlyAccessLayers("data", "model", "train", "eval", "analysis")
                .whereLayer("store").mayOnlyAccessLayers("data", "model", "eval", "experiment")
                .whereLayer("report").mayOnlyAccessLayers("data", "model", "eval", "analysis", "experiment")
                .whereLayer("study").mayOnlyAccessLayers("data", "model", "train", "eval", "analysis", "experiment", "store", "report")
                .because("each package uses only the layers beneath it (docs/architecture.md), so the core runs"
                        + " the same under the workbench, the command line and Spark")
                .check(classes);
    }

    @Test
    void theStoreOnlyStores() {
        noClasses().that().resideInAPackage("org.rectransfer.store..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.rectransfer.experiment.RunExecutor")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.rectransfer.experiment.SweepExecutor")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.rectransfer.experiment.SweepBackend")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.rectransfer.data.io.DomainLoader")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Reader")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.rectransfer.train..", "org.rectransfer.analysis..")
                .because("the workspace records what the study layer ran and reads it back; training, reading data files"
                        + " and analysing results belong to the layers that do them, so a store never trains or reads a domain")
                .check(classes);
    }

    @Test
    void theFrontEndsRunAndRecordWorkOnlyThroughTheStudyLayer() {
        noClasses().that().resideInAnyPackage("org.rectransfer.cli..", "org.rectransfer.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.rectransfer.experiment.RunExecutor")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.rectransfer.experiment.SweepExecutor")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.rectransfer.experiment.SweepBackend")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.rectransfer.experiment.SweepTaskRun")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.rectransfer.experiment.SweepSpecJson")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.rectransfer.store.WorkspaceLedger")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.rectransfer.store.NewRun")
                .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("Workspace.begin/complete/fail",
                        call -> call.getTargetOwner().getName().equals("org.rectransfer.store.Workspace")
                                && java.util.Set.of("begin", "complete", "fail").contains(call.getName())))
                .because("the command line and the workbench translate input into the study layer's use cases and show"
                        + " what they return; running, recording and resuming work in one place keeps both front ends alike")
                .check(classes);
    }

    @Test
    void theFrontEndsDeleteRunsOnlyThroughTheStudyLayer() {
        noClasses().that().resideInAnyPackage("org.rectransfer.cli..", "org.rectransfer.ui..")
                .should().callMethod("org.rectransfer.store.RunDeletion", "delete", "org.rectransfer.store.Workspace",
                        "java.util.Collection")
                .because("deleting runs is a use case (study.RunCatalog): the workbench asks it, the store does it")
                .check(classes);
    }

    @Test
    void onlyTheStudyLayerRecordsRuns() {
        noClasses().that().resideOutsideOfPackages("org.rectransfer.study..", "org.rectransfer.store..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("Workspace.begin/complete/fail",
                        call -> call.getTargetOwner().getName().equals("org.rectransfer.store.Workspace")
                                && java.util.Set.of("begin", "complete", "fail").contains(call.getName())))
                .because("a run is begun, completed or failed by study.RunRecorder or a sweep's ledger, so every run"
                        + " stores the same provenance and a cancelled run is never left running")
                .check(classes);
    }
}
