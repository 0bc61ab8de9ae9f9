package org.rectransfer.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.image.Image;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.analysis.Kld;
import org.rectransfer.analysis.RelatednessMatrix;
import org.rectransfer.data.ActivityHistogram;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.Filters;
import org.rectransfer.data.io.DomainLoader;
import org.rectransfer.data.io.DomainSource;
import org.rectransfer.data.io.ReadOptions;
import org.rectransfer.report.chart.KldMatrixChart;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Domains tab of the real window, headless under Monocle: a file added through the view
 * model's add command and another dropped on the table (a synthesized drop with a dragboard
 * holding the file), then the relatedness heatmap of three domains.
 */
class DomainsTabTest extends FxRobot {

    @TempDir
    Path dir;

    private WorkbenchApp app;

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void addsAFileDropsAnotherAndShowsTheKldOfThreeDomains() throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        DomainFixtures.write(samples.resolve("Book-tiny.tsv"), 3, 25, 2, 5);
        DomainFixtures.write(samples.resolve("Office-tiny.tsv"), 4, 21, 4, 3);
        Path mine = Files.createDirectories(dir.resolve("my data"));
        Path kindle = mine.resolve("Kindle-mine.tsv");
        writeVaried(kindle, 20, 25, 32, 45, 64, 90);   // users of very different activity: a KLD far from 0
        Path garden = mine.resolve("Garden-mine.tsv.gz");
        DomainFixtures.writeGzip(garden, 2, 35, 0, 0);
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(samples, dir.resolve("workspace")));
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            return null;
        });
        awaitIdle();
        assertThat(names()).containsExactly("Book", "Office");
        DomainsViewModel model = onFx(() -> ((DomainsView) lookup(".domains-view").query()).model());

        // Added through the view model's command, as Add files… does with the chooser's files.
        onFx(() -> model.add(List.of(kindle)));
        awaitIdle();
        assertThat(names()).containsExactly("Book", "Kindle", "Office");
        assertThat(shownIn("interactions")).contains("276");
        assertThat(onFx(model::getStatus)).isEqualTo("Added Kindle (Kindle-mine.tsv)");
        TransferLabViewModel lab = onFx(() -> ((TransferLabView) lookup(".lab-view").query()).modelForTests());
        assertThat(onFx(() -> List.copyOf(lab.domains()))).contains(kindle);

        // The relatedness of the three listed domains: analysis.Kld of their histograms after the filter.
        clickOn("Relatedness (KLD)");
        awaitIdle();
        RelatednessMatrix matrix = onFx(() -> model.relatednessProperty().get());
        assertThat(matrix.names()).containsExactly("Book", "Kindle", "Office");
        Map<String, Path> files = Map.of("Book", samples.resolve("Book-tiny.tsv"), "Kindle", kindle,
                "Office", samples.resolve("Office-tiny.tsv"));
        Map<String, String> expectedLabels = new HashMap<>();
        for (int s = 0; s < 3; s++) {
            for (int t = 0; t < 3; t++) {
                String source = matrix.names().get(s);
                String target = matrix.names().get(t);
                double expected = s == t ? 0 : Kld.between(histogram(files.get(source)), histogram(files.get(target)));
                assertThat(matrix.kld(s, t)).as(source + " -> " + target).isEqualTo(expected);
                expectedLabels.put(t + "," + s, KldMatrixChart.label(expected, 3));
            }
        }
        JFreeChart chart = onFx(() -> ((ChartViewer) lookup("#relatedness-chart").query()).getChart());
        Map<String, String> shownLabels = ((XYPlot) chart.getPlot()).getAnnotations().stream()
                .filter(a -> a instanceof XYTextAnnotation).map(a -> (XYTextAnnotation) a)
                .collect(Collectors.toMap(a -> (int) a.getX() + "," + (int) a.getY(), XYTextAnnotation::getText));
        assertThat(shownLabels).isEqualTo(expectedLabels);
        assertThat(onFx(() -> lookup("#relatedness-note").queryLabeled().getText())).isEqualTo("KLD of 3 domains (6 ordered pairs)");
        Screenshots.write(stage.getScene(), "domains-kld.png");

        // A drop on the table: the same handler a drag from a file manager reaches.
        clickOn("Statistics");
        WaitForAsyncUtils.waitForFxEvents();
        Node table = lookup("#domains").query();
        onFx(() -> {
            Event.fireEvent(table, new DragEvent(DragEvent.DRAG_DROPPED, dragboard(List.of(garden.toFile())),
                    100, 100, 100, 100, TransferMode.COPY, null, null, null));
            return null;
        });
        awaitIdle();
        assertThat(names()).containsExactly("Book", "Garden", "Kindle", "Office");
        assertThat(onFx(model::getStatus)).isEqualTo("Added Garden (Garden-mine.tsv.gz)");
        assertThat(shownIn("interactions")).contains("70");
        onFx(() -> {
            model.selectedProperty().set(model.rows().stream().filter(r -> r.name().equals("Kindle")).findFirst().orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> lookup("#editor-domain").queryLabeled().getText())).isEqualTo("Kindle · Kindle-mine.tsv");
        Screenshots.write(stage.getScene(), "domains-added.png");
        assertThat(onFx(() -> ((TabPane) lookup("#tabs").query()).getSelectionModel().getSelectedItem().getId()))
                .isEqualTo("domains-tab");

        // Dropped anywhere in the window (here the tab bar's pane, not the Domains screen): a folder adds its domain files.
        Path more = Files.createDirectories(dir.resolve("more"));
        DomainFixtures.write(more.resolve("Pet-more.tsv"), 1, 21, 0, 0);
        DomainFixtures.write(more.resolve("Garden-mine.tsv.gz.bak"), 1, 21, 0, 0);   // not a domain file: left out
        Node window = lookup("#tabs").query();
        onFx(() -> {
            Event.fireEvent(window, new DragEvent(DragEvent.DRAG_DROPPED, dragboard(List.of(more.toFile())),
                    10, 10, 10, 10, TransferMode.COPY, null, null, null));
            return null;
        });
        awaitIdle();
        assertThat(names()).containsExactly("Book", "Garden", "Kindle", "Office", "Pet");
        assertThat(onFx(() -> model.relatednessNoteProperty().get())).startsWith("The list has changed since this heatmap");

        // A bad file dropped: its row says why, and so do the status line and an error notification.
        Path broken = mine.resolve("Broken-mine.tsv");
        Files.writeString(broken, "user\titem\trating\nu1\n");
        onFx(() -> {
            Event.fireEvent(window, new DragEvent(DragEvent.DRAG_DROPPED, dragboard(List.of(broken.toFile())),
                    10, 10, 10, 10, TransferMode.COPY, null, null, null));
            return null;
        });
        awaitIdle();
        String problem = onFx(model::getStatus);
        assertThat(problem).startsWith("Added Broken (Broken-mine.tsv); 1 could not be read: ");
        assertThat(onFx(() -> List.copyOf(model.notices()))).last().isEqualTo(Notice.error(problem));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ShownNotifications.texts()).contains("Error: " + problem);
        Screenshots.write(stage.getScene(), "domains-bad-file.png");
    }

    @Test
    void theSampleDomainsAndTheRealOfficeShowTheirKldHeatmapReadablyAt1024x700() throws Exception {
        Path sampleData = Path.of("sample-data");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(sampleData) && !DomainFiles.in(sampleData).isEmpty(),
                "sample-data/ not generated yet");
        Path office = Path.of("/work/shared/data/amazon/Office-2014.tsv.gz");
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(sampleData, dir.resolve("workspace")));
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            return null;
        });
        awaitIdle(300);
        DomainsViewModel model = onFx(() -> ((DomainsView) lookup(".domains-view").query()).model());
        int domains = DomainFiles.in(sampleData).size();
        if (Files.isRegularFile(office)) {
            onFx(() -> model.add(List.of(office)));
            awaitIdle(300);
            domains++;
            assertThat(names()).contains("Office");
            Screenshots.write(stage.getScene(), "domains-added-office.png");
        }
        clickOn("Relatedness (KLD)");
        awaitIdle(300);
        RelatednessMatrix matrix = onFx(() -> model.relatednessProperty().get());
        assertThat(matrix.names()).hasSize(domains);
        if (Files.isRegularFile(office)) assertThat(matrix.names()).contains("Office-2014", "Office-synthetic");
        Screenshots.write(stage.getScene(), "domains-kld-sample.png");
    }

    /** Writes one user per degree, user k taking items i0 .. i(degree-1), in the sample-data format. */
    private static void writeVaried(Path file, int... degrees) throws java.io.IOException {
        StringBuilder text = new StringBuilder("user\titem\tseq\n");
        int seq = 0;
        for (int u = 0; u < degrees.length; u++) {
            for (int i = 0; i < degrees[u]; i++) text.append("u").append(u).append("\ti").append(i).append('\t').append(seq++).append('\n');
        }
        Files.writeString(file, text);
    }

    private static ActivityHistogram histogram(Path file) {
        return ActivityHistogram.of(Filters.apply(DomainLoader.load(new DomainSource(DomainSource.nameOf(file), file),
                ReadOptions.DEFAULT).dataset(), FilterSpec.DEFAULT));
    }

    /** A dragboard holding {@code files}, as the toolkit hands one to a drop from a file manager. */
    private static Dragboard dragboard(List<File> files) {
        Map<javafx.scene.input.DataFormat, Object> content = Map.of(javafx.scene.input.DataFormat.FILES, files);
        return DragboardHelper.createDragboard(new TKClipboard() {
            @Override
            @SuppressWarnings("removal")
            public void setSecurityContext(java.security.AccessControlContext context) { }

            @Override
            public Set<javafx.scene.input.DataFormat> getContentTypes() { return content.keySet(); }

            @Override
            @SafeVarargs
            public final boolean putContent(Pair<javafx.scene.input.DataFormat, Object>... pairs) { return false; }

            @Override
            public Object getContent(javafx.scene.input.DataFormat format) { return content.get(format); }

            @Override
            public boolean hasContent(javafx.scene.input.DataFormat format) { return content.containsKey(format); }

            @Override
            public Set<TransferMode> getTransferModes() { return Set.of(TransferMode.COPY); }

            @Override
            public void setDragView(Image image) { }

            @Override
            public void setDragViewOffsetX(double offsetX) { }

            @Override
            public void setDragViewOffsetY(double offsetY) { }

            @Override
            public Image getDragView() { return null; }

            @Override
            public double getDragViewOffsetX() { return 0; }

            @Override
            public double getDragViewOffsetY() { return 0; }
        });
    }

    /** Waits until the domains screen has no work running (Refresh is enabled again). */
    private void awaitIdle() throws Exception {
        awaitIdle(60);
    }

    private void awaitIdle(int seconds) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Button refresh = lookup("#refresh").queryButton();
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(() -> !refresh.isDisabled()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> names() {
        return onFx(() -> ((DomainsView) lookup(".domains-view").query()).tableView().getItems().stream().map(DomainRow::name).toList());
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
