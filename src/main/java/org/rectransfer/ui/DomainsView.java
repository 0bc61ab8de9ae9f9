package org.rectransfer.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.rectransfer.data.io.DataFormat;

import java.io.File;
import java.util.List;

/**
 * The domains screen: the listed domains (sample data and the user's own files) with their
 * statistics, buttons and drops to add files and folders, an editor of the selected domain's
 * format and filter, and the relatedness (KLD) heatmap of every ordered pair.
 */
public final class DomainsView extends BorderPane {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    /** Least room per heatmap cell and around the cells (titles, axes, legend), in pixels. */
    private static final double CELL_WIDTH = 46;
    private static final double CELL_HEIGHT = 26;
    private static final double CHART_MARGIN_WIDTH = 300;
    private static final double CHART_MARGIN_HEIGHT = 230;

    private final DomainsViewModel model;
    private final TableView<DomainRow> table = new TableView<>();
    private final ChartViewer relatedness = new ChartViewer(null);

    public DomainsView(DomainsViewModel model) {
        this.model = model;
        getStyleClass().add("domains-view");
        setTop(header());
        setCenter(pages());
        setBottom(footer());
        acceptDrops(this, model);
    }

    /** Lets files and folders dropped on {@code target} (this screen, or the whole window) be added to the list. */
    public static void acceptDrops(Node target, DomainsViewModel model) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            if (event.isDropCompleted() || event.isConsumed()) return;
            Dragboard board = event.getDragboard();
            boolean accepted = board.hasFiles() && drop(board.getFiles(), model);
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    /** What a drop does: adds the dropped files and folders. @return whether any were given */
    static boolean drop(List<File> files, DomainsViewModel model) {
        if (files == null || files.isEmpty()) return false;
        model.addDropped(files);
        return true;
    }

    private HBox header() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        Button addFiles = new Button("Add files…");
        addFiles.setId("add-files");
        addFiles.setOnAction(event -> chooseFiles());
        Button addFolder = new Button("Add folder…");
        addFolder.setId("add-folder");
        addFolder.setOnAction(event -> chooseFolder());
        Button remove = new Button("Remove");
        remove.setId("remove-domain");
        remove.setTooltip(new Tooltip("Take the selected domain off the list (the file is left alone)"));
        remove.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        remove.setOnAction(event -> model.remove(model.selectedProperty().get()));
        Button refresh = new Button("Refresh");
        refresh.setId("refresh");
        refresh.getStyleClass().add("accent");
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(event -> model.refresh());
        return ViewHeader.of("Domains", model.directory().toAbsolutePath().normalize() + " and your own files (add or drop them here)",
                progress, addFiles, addFolder, remove, refresh);
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add domain files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Domain files", "*.tsv", "*.csv", "*.txt", "*.dat", "*.json", "*.jsonl",
                        "*.inter", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null && !files.isEmpty()) model.addDropped(files);
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add every domain file of a folder");
        File folder = chooser.showDialog(window());
        if (folder != null) model.addDropped(List.of(folder));
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private TabPane pages() {
        BorderPane statistics = new BorderPane(table(), null, null, editor(), null);
        Tab table = new Tab("Statistics", statistics);
        table.setId("statistics-tab");
        Tab kld = new Tab("Relatedness (KLD)", relatedness());
        kld.setId("relatedness-tab");
        TabPane pages = new TabPane(table, kld);
        pages.setId("domains-pages");
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pages.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after == kld && model.relatednessStaleProperty().get()) model.computeRelatedness();
        });
        return pages;
    }

    private TableView<DomainRow> table() {
        TableColumn<DomainRow, String> name = DomainColumns.text("name", "Domain", 110, DomainRow::name);
        TableColumn<DomainRow, String> notes = DomainColumns.text("notes", "Notes", 140, DomainRow::notes);
        notes.getStyleClass().add("notes");
        name.setMinWidth(80);
        TableColumn<DomainRow, DomainRole> role = DomainColumns.text("role", "Role", 80, DomainRow::role);
        role.setMinWidth(70);
        TableColumn<DomainRow, String> readAs = DomainColumns.text("settings", "Read as", 130, row -> row.settings().brief());
        readAs.setMinWidth(125);
        table.getColumns().addAll(List.of(name,
                role,
                DomainColumns.text("file", "File", 150, DomainRow::fileName),
                DomainColumns.group("As read",
                        DomainColumns.count("raw-users", "Users", DomainRow::raw, s -> s.users()),
                        DomainColumns.count("raw-items", "Items", DomainRow::raw, s -> s.items()),
                        DomainColumns.count("raw-interactions", "Interactions", DomainRow::raw, s -> s.interactions())),
                DomainColumns.group("After its filter",
                        DomainColumns.count("users", "Users", DomainRow::filtered, s -> s.users()),
                        DomainColumns.count("items", "Items", DomainRow::filtered, s -> s.items()),
                        DomainColumns.count("interactions", "Interactions", DomainRow::filtered, s -> s.interactions()),
                        DomainColumns.sparsity("sparsity", DomainRow::filtered)),
                readAs,
                notes));
        SortedList<DomainRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(name);
        table.setRowFactory(view -> annotatedRow());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No domain files: add files or a folder, or drop them here"));
        table.setId("domains");
        table.getSelectionModel().selectedItemProperty().addListener((o, before, row) -> {
            if (row != null) model.selectedProperty().set(row);
        });
        model.selectedProperty().addListener((o, before, row) -> {
            if (row == null) table.getSelectionModel().clearSelection();
            else if (table.getSelectionModel().getSelectedItem() != row) table.getSelectionModel().select(row);
        });
        return table;
    }

    /** The selected domain's format and filter, under the table; Apply reads it again with them. */
    private HBox editor() {
        Label heading = new Label();
        heading.setId("editor-domain");
        heading.getStyleClass().add("section");
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            DomainRow row = model.selectedProperty().get();
            return row == null ? "Select a domain to change how it is read" : row.name() + " · " + row.fileName();
        }, model.selectedProperty()));
        heading.setMinWidth(120);
        heading.setMaxWidth(260);
        ComboBox<DataFormat> format = new ComboBox<>();
        format.setId("edit-format");
        format.getItems().setAll(DataFormat.values());
        format.valueProperty().bindBidirectional(model.editFormatProperty());
        Spinner<Integer> minUser = spinner("edit-min-user", model.editMinUserProperty().get());
        minUser.getValueFactory().valueProperty().addListener((o, a, b) -> { if (b != null) model.editMinUserProperty().set(b); });
        model.editMinUserProperty().addListener((o, a, b) -> minUser.getValueFactory().setValue(b.intValue()));
        Spinner<Integer> minItem = spinner("edit-min-item", model.editMinItemProperty().get());
        minItem.getValueFactory().valueProperty().addListener((o, a, b) -> { if (b != null) model.editMinItemProperty().set(b); });
        model.editMinItemProperty().addListener((o, a, b) -> minItem.getValueFactory().setValue(b.intValue()));
        CheckBox kcore = new CheckBox("k-core");
        kcore.setId("edit-kcore");
        kcore.setTooltip(new Tooltip("Repeat both thresholds until nothing changes"));
        kcore.selectedProperty().bindBidirectional(model.editKcoreProperty());
        Button apply = new Button("Apply");
        apply.setId("apply-settings");
        apply.getStyleClass().add("accent");
        apply.setTooltip(new Tooltip("Read the file again with these settings; the workspace keeps them"));
        apply.setOnAction(event -> model.applySettings());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox editor = new HBox(8, heading, spacer, new Label("Format"), format, new Label("Min per user"), minUser,
                new Label("per item"), minItem, kcore, apply);
        editor.setId("domain-editor");
        editor.getStyleClass().add("domain-editor");
        editor.setAlignment(Pos.CENTER_LEFT);
        editor.setPadding(new Insets(8, 12, 8, 12));
        editor.disableProperty().bind(model.selectedProperty().isNull());
        return editor;
    }

    private static Spinner<Integer> spinner(String id, int value) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 1_000_000, value));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }

    private BorderPane relatedness() {
        Label note = new Label();
        note.setId("relatedness-note");
        note.textProperty().bind(model.relatednessNoteProperty());
        note.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button compute = new Button("Compute");
        compute.setId("compute-relatedness");
        compute.disableProperty().bind(model.busyProperty());
        compute.setOnAction(event -> model.computeRelatedness());
        HBox bar = new HBox(12, note, spacer, compute);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        relatedness.setId("relatedness-chart");
        // ChartViewer takes no null chart: it is hidden until there is one.
        relatedness.visibleProperty().bind(model.relatednessChartProperty().isNotNull());
        model.relatednessChartProperty().addListener((o, before, chart) -> {
            if (chart == null) return;
            relatedness.setChart(chart);
            // Cells keep room for a 12 px number each; many domains scroll rather than shrink below it.
            int n = model.relatednessProperty().get() == null ? 0 : model.relatednessProperty().get().names().size();
            relatedness.setMinSize(CHART_MARGIN_WIDTH + n * CELL_WIDTH, CHART_MARGIN_HEIGHT + n * CELL_HEIGHT);
        });
        ScrollPane scroll = new ScrollPane(relatedness);
        scroll.setId("relatedness-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return new BorderPane(scroll, bar, null, null, null);
    }

    private HBox footer() {
        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(model.statusProperty());
        HBox footer = new HBox(12, summary, spacer, status);
        footer.getStyleClass().add("footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    /** Rows marked {@code :failed} when their file did not load, with their notes as a tooltip. */
    private static TableRow<DomainRow> annotatedRow() {
        return new TableRow<>() {
            @Override
            protected void updateItem(DomainRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean shown = !empty && row != null;
                pseudoClassStateChanged(FAILED, shown && row.isFailed());
                setTooltip(shown ? new Tooltip(row.notes()) : null);
            }
        };
    }

    /** @return the screen's view model, for tests of the window */
    DomainsViewModel model() { return model; }

    /** @return the table, for tests and for screens that select a domain */
    public TableView<DomainRow> tableView() { return table; }
}
