package org.rectransfer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of DESIGN §3, each with the reason it exists. */
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
                .because("no command opens the workbench (DESIGN §8)").check(classes);
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
                .layer("cli").definedBy("org.rectransfer.cli..")
                .layer("ui").definedBy("org.rectransfer.ui..")
                .whereLayer("data").mayNotAccessAnyLayer()
                .whereLayer("model").mayOnlyAccessLayers("data")
                .whereLayer("train").mayOnlyAccessLayers("data", "model")
                .whereLayer("eval").mayOnlyAccessLayers("data", "model")
                .whereLayer("analysis").mayOnlyAccessLayers("data", "model", "eval")
                .whereLayer("experiment").mayOnlyAccessLayers("data", "model", "train", "eval", "analysis")
                .whereLayer("store").mayOnlyAccessLayers("data", "model", "train", "eval", "experiment")
                .whereLayer("report").mayOnlyAccessLayers("data", "model", "eval", "analysis", "experiment", "store")
                .because("DESIGN §3: each package uses only the layers beneath it, so the core runs"
                        + " the same under the workbench, the command line and Spark")
                .check(classes);
    }
}
