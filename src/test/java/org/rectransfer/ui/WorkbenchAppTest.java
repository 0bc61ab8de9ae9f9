package org.rectransfer.ui;

import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real workbench window, headless under Monocle, driven by the TestFX robot. */
class WorkbenchAppTest extends FxRobot {

    @TempDir
    Path dir;

    private WorkbenchApp app;

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void showsTheDomainsWithTheirCountsSortsByAColumnAndRefreshes() throws Exception {
        DomainFixtures.writeStandardSet(dir);
        // Started as WorkbenchLauncher starts it: by class, with the folder as a launch parameter.
        Stage stage = FxToolkit.registerPrimaryStage();
        // A workspace of its own, so that a domain list saved in the user's default workspace never shows up here.
        String[] arguments = java.util.stream.Stream.concat(java.util.Arrays.stream(WorkbenchLauncher.arguments(dir)),
                java.util.stream.Stream.of("--" + WorkbenchApp.WORKSPACE + "=" + dir.resolve("workspace"))).toArray(String[]::new);
        app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp.class, arguments);
        awaitLoaded(30);

        assertThat(onFx(stage::getTitle)).isEqualTo("RecTransfer Workbench");
        assertThat(names()).containsExactly("Book", "Broken", "Movie", "Office");
        assertThat(shownIn("interactions")).contains("75", "40", "30");
        assertThat(shownIn("raw-interactions")).contains("85", "52", "30");
        assertThat(shownIn("notes")).anyMatch(text -> text.contains("Broken-tiny.tsv:3"));
        assertThat(onFx(() -> lookup("#summary").queryLabeled().getText()))
                .isEqualTo("4 domains · 145 interactions after filter (167 raw) · 1 failed");
        Screenshots.write(stage.getScene(), "domains.png");

        clickOn("#interactions");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> table().getItems().stream().filter(row -> !row.isFailed()).map(DomainRow::name).toList()))
                .containsExactly("Movie", "Office", "Book");

        DomainFixtures.write(dir.resolve("Kindle-tiny.tsv"), 2, 22, 0, 0);
        clickOn("#refresh");
        awaitLoaded(30);
        assertThat(names()).hasSize(5).contains("Kindle");
        assertThat(onFx(() -> lookup("#summary").queryLabeled().getText()))
                .startsWith("5 domains · 189 interactions after filter");
    }

    @Test
    void showsTheRepositorySampleData() throws Exception {
        Path sampleData = Path.of("sample-data");
        assumeTrue(Files.isDirectory(sampleData), "sample-data/ not generated yet");
        long files = DomainFiles.in(sampleData).size();
        assumeTrue(files > 0, "sample-data/ holds no domain files yet");
        Stage stage = open(sampleData, 300);

        assertThat(onFx(() -> table().getItems().size())).isEqualTo((int) files);
        assertThat(onFx(() -> table().getItems().stream().filter(DomainRow::isFailed).map(DomainRow::error).toList()))
                .isEmpty();
        Screenshots.write(stage.getScene(), "domains-sample.png");

        // Ctrl+1 .. Ctrl+4 switch tabs.
        javafx.scene.control.TabPane tabs = lookup("#tabs").queryAs(javafx.scene.control.TabPane.class);
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("results-tab");
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("runs-tab");
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("domains-tab");

        // View → Large text enlarges the charts of the lab and of Results alike.
        clickOn("View");
        clickOn("Large text in the charts");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> app.resultsForTests().presentationProperty().get())).isTrue();
        clickOn("View");
        clickOn("Large text in the charts");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> app.resultsForTests().presentationProperty().get())).isFalse();

        // View → Dark theme restyles the window; File → Quit (Ctrl+Q) closes it when nothing trains.
        clickOn("View");
        clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> stage.getScene().getRoot().getStyleClass())).contains("dark");
        Screenshots.write(stage.getScene(), "domains-dark.png");
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(stage::isShowing)).isFalse();
    }

    private Stage open(Path folder, int timeoutSeconds) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(folder, dir.resolve("workspace")));
        awaitLoaded(timeoutSeconds);
        return stage;
    }

    /** The window starts loading when shown; Refresh is disabled until the rows are in. */
    private void awaitLoaded(int timeoutSeconds) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Button refresh = lookup("#refresh").queryButton();
        WaitForAsyncUtils.waitFor(timeoutSeconds, TimeUnit.SECONDS, () -> onFx(() -> !refresh.isDisabled()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<DomainRow> table() {
        return (TableView<DomainRow>) lookup("#domains").queryAs(TableView.class);
    }

    private List<String> names() {
        return onFx(() -> table().getItems().stream().map(DomainRow::name).toList());
    }

    /** @return the texts the table renders in the column with {@code id} */
    private Set<String> shownIn(String id) {
        return onFx(() -> lookup(".table-cell").queryAll().stream()
                .map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() != null && id.equals(cell.getTableColumn().getId()))
                .map(TableCell::getText)
                .filter(text -> text != null)
                .collect(Collectors.toSet()));
    }

    private static <T> T onFx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(30_000, read);
    }
}
