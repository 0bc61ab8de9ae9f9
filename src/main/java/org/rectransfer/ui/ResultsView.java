package org.rectransfer.ui;

import java.io.File;
import java.io.IOException;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.fx.ChartViewer;
import org.rectransfer.store.SweepSummary;

/**
 * The results screen: the workspace's sweeps on the left; for the chosen source, its gains over
 * the baseline (Tables 3-5) as a heatmap or against KLD (Fig. 3), with PNG or SVG export.
 * Layout and bindings only.
 */
public final class ResultsView extends BorderPane {
    private final ResultsViewModel model;
    private final ChartViewer chart = new ChartViewer(null);

    public ResultsView(ResultsViewModel model) {
        this.model = model;
        getStyleClass().add("results-view");
        setTop(header());
        setLeft(sweepList());
        setCenter(heatmap());
        setBottom(footer());
    }

    private HBox header() {
        Label title = new Label("Results");
        title.getStyleClass().add("title");
        Label subtitle = new Label("Gains of each configuration over the baseline, per sweep and source. Workspace "
                + model.workspaceDir().toAbsolutePath().normalize());
        subtitle.getStyleClass().add("subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button("Refresh");
        refresh.setId("results-refresh");
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(event -> model.refresh());
        HBox header = new HBox(12, new VBox(2, title, subtitle), spacer, refresh);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private ListView<SweepSummary> sweepList() {
        ListView<SweepSummary> list = new ListView<>(model.sweeps());
        list.setId("sweeps");
        list.setPrefWidth(300);
        list.setPlaceholder(new Label("No sweeps yet"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SweepSummary sweep, boolean empty) {
                super.updateItem(sweep, empty);
                setText(empty || sweep == null ? null
                        : sweep.id() + "\n" + sweep.runs() + " runs · " + sweep.status() + " · " + day(sweep.createdAt()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after != null && after != model.sweepProperty().get()) model.sweepProperty().set(after);
        });
        model.sweepProperty().addListener((o, before, after) -> {
            if (after != list.getSelectionModel().getSelectedItem()) list.getSelectionModel().select(after);
        });
        return list;
    }

    private BorderPane heatmap() {
        ComboBox<String> source = new ComboBox<>(model.sources());
        source.setId("results-source");
        source.valueProperty().bindBidirectional(model.sourceProperty());
        CheckBox exclude = new CheckBox("Leave collapsed runs out");
        exclude.setId("exclude-collapsed");
        exclude.selectedProperty().bindBidirectional(model.excludeCollapsedProperty());
        Button export = new Button("Export PNG…");
        export.setId("results-export");
        export.disableProperty().bind(model.chartProperty().isNull());
        export.setOnAction(event -> exportFigure());
        ComboBox<ResultFigure> figure = new ComboBox<>(FXCollections.observableArrayList(ResultFigure.values()));
        figure.setId("results-figure");
        figure.valueProperty().bindBidirectional(model.figureProperty());
        ComboBox<String> config = new ComboBox<>(model.configs());
        config.setId("results-config");
        config.valueProperty().bindBidirectional(model.configProperty());
        config.visibleProperty().bind(model.figureProperty().isEqualTo(ResultFigure.KLD_SCATTER));
        config.managedProperty().bind(config.visibleProperty());
        Label sourceLabel = new Label("Source");
        sourceLabel.getStyleClass().add("field");
        HBox tools = new HBox(10, figure, sourceLabel, source, config, exclude, export);
        tools.getStyleClass().add("toolbar");
        tools.setAlignment(Pos.CENTER_LEFT);

        chart.setId("figure");
        chart.visibleProperty().bind(model.chartProperty().isNotNull());
        model.chartProperty().addListener((o, before, after) -> {
            if (after != null) chart.setChart(after);
        });
        Label placeholder = new Label();
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(model.sweepProperty().isNull())
                .then("Pick a sweep on the left. Sweeps come from ./rectransfer sweep (see the README).")
                .otherwise(Bindings.when(model.busyProperty()).then("Reading…").otherwise("This sweep has no gains to show yet.")));
        placeholder.visibleProperty().bind(chart.visibleProperty().not());
        BorderPane pane = new BorderPane(new StackPane(placeholder, chart));
        pane.setTop(tools);
        return pane;
    }

    private HBox footer() {
        Label status = new Label();
        status.setId("results-status");
        status.getStyleClass().add("status");
        status.textProperty().bind(model.statusProperty());
        HBox footer = new HBox(12, status);
        footer.getStyleClass().add("footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private void exportFigure() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the figure");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG drawing", "*.svg"));
        chooser.setInitialFileName((model.figureProperty().get() == ResultFigure.HEATMAP ? "gains-" : "kld-")
                + model.sourceProperty().get() + ".png");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) return;
        try {
            model.exportFigure(file.toPath());
        } catch (IOException | RuntimeException e) {
            new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    "Cannot write " + file + ": " + e.getMessage()).showAndWait();
        }
    }

    private static String day(String instant) {
        return instant == null || instant.length() < 16 ? String.valueOf(instant) : instant.substring(0, 16).replace('T', ' ');
    }

    /** @return the view model behind this view, for tests */
    ResultsViewModel modelForTests() { return model; }
}
