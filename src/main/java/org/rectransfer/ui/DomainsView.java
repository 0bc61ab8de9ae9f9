package org.rectransfer.ui;

import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/** The domains screen: a table of the sample-data domains with their statistics. */
public final class DomainsView extends BorderPane {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final DomainsViewModel model;
    private final TableView<DomainRow> table = new TableView<>();

    public DomainsView(DomainsViewModel model) {
        this.model = model;
        getStyleClass().add("domains-view");
        setTop(header());
        setCenter(table());
        setBottom(footer());
    }

    private HBox header() {
        Label title = new Label("Domains");
        title.getStyleClass().add("title");
        Label source = new Label(model.directory().toAbsolutePath().normalize().toString());
        source.getStyleClass().add("subtitle");
        VBox titles = new VBox(2, title, source);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("refresh");
        refresh.getStyleClass().add("accent");
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(event -> model.refresh());
        HBox header = new HBox(12, titles, spacer, progress, refresh);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private TableView<DomainRow> table() {
        TableColumn<DomainRow, String> name = DomainColumns.text("name", "Domain", 110, DomainRow::name);
        TableColumn<DomainRow, String> notes = DomainColumns.text("notes", "Notes", 200, DomainRow::notes);
        notes.getStyleClass().add("notes");
        table.getColumns().addAll(List.of(name,
                DomainColumns.text("role", "Role", 80, DomainRow::role),
                DomainColumns.text("file", "File", 190, DomainRow::fileName),
                DomainColumns.group("As read",
                        DomainColumns.count("raw-users", "Users", DomainRow::raw, s -> s.users()),
                        DomainColumns.count("raw-items", "Items", DomainRow::raw, s -> s.items()),
                        DomainColumns.count("raw-interactions", "Interactions", DomainRow::raw, s -> s.interactions())),
                DomainColumns.group("After filter (" + model.filterLabel() + ")",
                        DomainColumns.count("users", "Users", DomainRow::filtered, s -> s.users()),
                        DomainColumns.count("items", "Items", DomainRow::filtered, s -> s.items()),
                        DomainColumns.count("interactions", "Interactions", DomainRow::filtered, s -> s.interactions()),
                        DomainColumns.sparsity("sparsity", DomainRow::filtered)),
                notes));
        SortedList<DomainRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(name);
        table.setRowFactory(view -> annotatedRow());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No domain files loaded"));
        table.setId("domains");
        return table;
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

    /** @return the table, for tests and for screens that select a domain */
    public TableView<DomainRow> tableView() { return table; }
}
