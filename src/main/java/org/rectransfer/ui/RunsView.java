package org.rectransfer.ui;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.jfree.chart.fx.ChartViewer;
import org.rectransfer.eval.RankingMetric;
import org.rectransfer.eval.RankingMetrics;
import org.rectransfer.store.RunDeletion;
import org.rectransfer.store.RunRow;

/**
 * The Runs screen: every run of the workspace in a table (filters by domain, kind and status, a
 * text search), the loss and HR curves of the selected finished runs overlaid below it, and the
 * commands Open in lab, Delete (after a confirmation saying what goes) and Export curves. Layout
 * and bindings only.
 */
public final class RunsView extends BorderPane {
    private final RunsViewModel model;
    private final TableView<RunRow> table = new TableView<>();
    private final ChartViewer chart = new ChartViewer(null);
    /** True while the table's selection is set from the view model's, so that it is not sent back. */
    private boolean syncing;

    public RunsView(RunsViewModel model) {
        this.model = model;
        getStyleClass().add("runs-view");
        setTop(new VBox(header(), toolbar()));
        SplitPane split = new SplitPane(runTable(), curves());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);
        setBottom(footer());
        model.pendingDeletionProperty().addListener((o, before, after) -> {
            if (after != null) Platform.runLater(() -> confirm(after));
        });
    }

    private HBox header() {
        Button refresh = new Button("Refresh");
        refresh.setId("runs-refresh");
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(event -> model.refresh());
        return ViewHeader.of("Runs", "Every run of the workspace: the lab's, train, transfer, choose and sweeps. Workspace "
                + model.workspaceDir().toAbsolutePath().normalize(), refresh);
    }

    private HBox toolbar() {
        ComboBox<String> domain = filter("runs-domain", model.domains(), model.domainProperty());
        ComboBox<String> kind = filter("runs-kind", model.kinds(), model.kindProperty());
        ComboBox<String> status = filter("runs-status", model.statuses(), model.statusFilterProperty());
        TextField search = new TextField();
        search.setId("runs-search");
        search.setPromptText("Search id, plan, file, sweep, error");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(18);
        HBox.setHgrow(search, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button("Open in lab");
        open.setId("runs-open-in-lab");
        open.setTooltip(new Tooltip("Set the lab's source, target and plan to the selected transfer's"));
        open.disableProperty().bind(model.busyProperty().or(model.canOpenInLabProperty().not()));
        open.setOnAction(event -> model.openInLab());
        Button delete = new Button("Delete…");
        delete.setId("runs-delete");
        delete.disableProperty().bind(model.busyProperty().or(Bindings.isEmpty(model.selected())));
        delete.setOnAction(event -> model.requestDeletion());
        Button export = new Button("Export curves…");
        export.setId("runs-export");
        export.disableProperty().bind(model.chartProperty().isNull());
        export.setOnAction(event -> exportCurves());
        for (Button button : List.of(open, delete, export)) button.setMinWidth(Region.USE_PREF_SIZE);
        HBox tools = new HBox(8, domain, kind, status, search, spacer, open, delete, export);
        tools.getStyleClass().add("toolbar");
        tools.setAlignment(Pos.CENTER_LEFT);
        return tools;
    }

    private static ComboBox<String> filter(String id, javafx.collections.ObservableList<String> choices,
                                           javafx.beans.property.StringProperty property) {
        ComboBox<String> box = new ComboBox<>(choices);
        box.setId(id);
        box.valueProperty().bindBidirectional(property);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private TableView<RunRow> runTable() {
        table.setId("runs-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        SortedList<RunRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(Bindings.isEmpty(model.runs()))
                .then(Bindings.when(model.busyProperty()).then("Reading…").otherwise("No runs in this workspace yet"))
                .otherwise("No run matches the filters"));
        table.setPlaceholder(placeholder);

        table.getColumns().add(text("Run", "run-id", 182, RunRow::id));
        table.getColumns().add(text("Kind", "run-kind", 80, run -> run.kind().stored()));
        table.getColumns().add(text("Domain", "run-domain", 108, RunRow::domain));
        table.getColumns().add(text("Plan", "run-plan", 80, run -> Objects.requireNonNullElse(run.plan(), "")));
        TableColumn<RunRow, Number> seed = new TableColumn<>("Seed");
        seed.setId("run-seed");
        seed.setPrefWidth(62);
        seed.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().seed()));
        seed.getStyleClass().add("numeric");
        table.getColumns().add(seed);
        TableColumn<RunRow, String> status = text("Status", "run-status", 72, run -> run.status().stored());
        // The error is the last column, often scrolled out of sight: a failed run's status also tells it.
        status.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                RunRow run = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(run == null || run.error() == null ? null : new Tooltip(run.error()));
            }
        });
        table.getColumns().add(status);
        for (RankingMetric metric : RankingMetrics.all()) table.getColumns().add(metricColumn(metric));
        TableColumn<RunRow, String> epochs = text("Epochs", "run-epochs", 72,
                run -> run.epochs() == null ? "" : run.bestEpoch() + " / " + run.epochs());
        Label epochsHeader = new Label("Epochs");
        epochsHeader.setTooltip(new Tooltip("The best epoch (the model kept) / the epochs trained"));
        epochs.setText(null);
        epochs.setGraphic(epochsHeader);
        table.getColumns().add(epochs);
        table.getColumns().add(text("Created", "run-created", 120, run -> day(run.createdAt())));
        TableColumn<RunRow, String> error = text("Error", "run-error", 240, run -> Objects.requireNonNullElse(run.error(), ""));
        error.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        table.getColumns().add(error);

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunRow>) change -> {
            if (!syncing) model.select(table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).toList());
        });
        // The view model keeps the selection across a refresh (new rows, same runs) and a change of filters: the table follows it.
        model.selected().addListener((ListChangeListener<RunRow>) change -> {
            if (syncing || java.util.Set.copyOf(model.selected()).equals(java.util.Set.copyOf(
                    table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).toList()))) return;
            syncing = true;
            try {
                table.getSelectionModel().clearSelection();
                for (RunRow run : model.selected()) table.getSelectionModel().select(run);
            } finally {
                syncing = false;
            }
        });
        return table;
    }

    private static TableColumn<RunRow, String> text(String title, String id, double width, Function<RunRow, String> value) {
        TableColumn<RunRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        return column;
    }

    /** A metric's column, headed by its label at the runs' cut-off (HR@10), numbers sorted as numbers. */
    private TableColumn<RunRow, Number> metricColumn(RankingMetric metric) {
        TableColumn<RunRow, Number> column = new TableColumn<>();
        column.setId("run-" + metric.name());
        // Runs of different cut-offs share a column: it is headed HR@k.
        column.textProperty().bind(Bindings.createStringBinding(() -> model.cutOffProperty().get() > 0
                ? metric.label(model.cutOffProperty().get()) : metric.label(0).replace("@0", "@k"), model.cutOffProperty()));
        // As wide as its (bold) heading, with room for the header's padding; the user may resize it.
        fitHeading(column);
        column.textProperty().addListener((o, before, after) -> fitHeading(column));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().metric(metric.name())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null || Double.isNaN(value.doubleValue()) ? null
                        : String.format(Locale.ROOT, "%.4f", value.doubleValue()));
            }
        });
        column.getStyleClass().add("numeric");
        return column;
    }

    private static void fitHeading(TableColumn<?, ?> column) {
        Text heading = new Text(column.getText());
        heading.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13));
        column.setPrefWidth(Math.max(76, Math.ceil(heading.getLayoutBounds().getWidth()) + 34));
    }

    private BorderPane curves() {
        chart.setId("runs-curves");
        chart.visibleProperty().bind(model.chartProperty().isNotNull());
        model.chartProperty().addListener((o, before, after) -> {
            if (after != null) chart.setChart(after);
        });
        Label placeholder = new Label();
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.curvesNoteProperty());
        placeholder.visibleProperty().bind(chart.visibleProperty().not());
        Label note = new Label();
        note.setId("runs-curves-note");
        note.getStyleClass().add("hint");
        note.textProperty().bind(model.curvesNoteProperty());
        note.visibleProperty().bind(chart.visibleProperty());
        note.managedProperty().bind(note.visibleProperty());
        BorderPane pane = new BorderPane(new StackPane(placeholder, chart));
        pane.setTop(note);
        BorderPane.setAlignment(note, Pos.CENTER_LEFT);
        return pane;
    }

    private HBox footer() {
        Label status = new Label();
        status.setId("runs-status-line");
        status.getStyleClass().add("status");
        status.textProperty().bind(model.statusProperty());
        HBox footer = new HBox(12, status);
        footer.getStyleClass().add("footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    /** Asks before deleting, saying what goes; says why nothing can be deleted when a run is running. */
    private void confirm(RunDeletion.Preview preview) {
        if (model.pendingDeletionProperty().get() != preview) return;
        Alert alert;
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        if (preview.deletable()) {
            alert = new Alert(Alert.AlertType.CONFIRMATION, RunsViewModel.deletionMessage(preview), delete, ButtonType.CANCEL);
            alert.setHeaderText("Delete " + preview.runs().size() + (preview.runs().size() == 1 ? " run?" : " runs?"));
        } else {
            alert = new Alert(Alert.AlertType.WARNING, RunsViewModel.deletionMessage(preview), ButtonType.OK);
            alert.setHeaderText("Nothing deleted");
        }
        alert.setTitle("Delete runs");
        alert.getDialogPane().setId("runs-delete-dialog");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (getScene() != null) alert.initOwner(getScene().getWindow());
        if (alert.showAndWait().filter(delete::equals).isPresent()) {
            model.confirmDeletion();
        } else {
            model.cancelDeletion();
        }
    }

    private void exportCurves() {
        new ExportDialog(getScene() == null ? null : getScene().getWindow(), "Export the curves", model.suggestedFileName())
                .ask().ifPresent(choice -> {
                    try {
                        model.export(choice);
                    } catch (IOException | RuntimeException e) {
                        new Alert(Alert.AlertType.ERROR, "Cannot write " + choice.file() + ": " + e.getMessage()).showAndWait();
                    }
                });
    }

    private static String day(String instant) {
        return instant == null || instant.length() < 16 ? String.valueOf(instant) : instant.substring(0, 16).replace('T', ' ');
    }

    /** @return the view model behind this view, for tests */
    RunsViewModel modelForTests() { return model; }

    /** @return the table, for tests */
    TableView<RunRow> tableForTests() { return table; }
}
