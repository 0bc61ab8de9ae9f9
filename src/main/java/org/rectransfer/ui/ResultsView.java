package org.rectransfer.ui;

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
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

/**
 * The results screen: on the left the workspace's sweeps, each with its runs done out of its
 * tasks, and the editor of a new sweep; for the chosen sweep its progress with Stop and Resume,
 * and for the chosen source its gains over the baseline (Tables 3-5) as a heatmap or against KLD
 * (Fig. 3), with PNG or SVG export. The sweep editor lives here rather than in a tab of its own
 * because a sweep is watched where it was started: the list and the heatmap fill in beside it.
 * Layout and bindings only.
 */
public final class ResultsView extends BorderPane {
    private final ResultsViewModel model;
    private final ChartViewer chart = new ChartViewer(null);
    private final TabPane side = new TabPane();

    public ResultsView(ResultsViewModel model) {
        this.model = model;
        getStyleClass().add("results-view");
        setTop(header());
        Tab list = new Tab("Sweeps", sweepList());
        list.setId("sweeps-tab");
        Tab editor = new Tab("New sweep", new SweepEditorView(model, () -> side.getSelectionModel().select(0)));
        editor.setId("new-sweep-tab");
        side.getTabs().addAll(list, editor);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.getStyleClass().add("side-tabs");
        side.setPrefWidth(330);
        side.setMinWidth(Region.USE_PREF_SIZE);
        setLeft(side);
        setCenter(heatmap());
        setBottom(footer());
    }

    private HBox header() {
        Button refresh = new Button("Refresh");
        refresh.setId("results-refresh");
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(event -> model.refresh());
        return ViewHeader.of("Results", "Gains of each configuration over the baseline, per sweep and source. Workspace "
                + model.workspaceDir().toAbsolutePath().normalize(), refresh);
    }

    private ListView<SweepRow> sweepList() {
        ListView<SweepRow> list = new ListView<>(model.sweeps());
        list.setId("sweeps");
        Label noSweeps = new Label("No sweeps yet: start one under New sweep");
        noSweeps.setWrapText(true);   // the list is narrow, and at 150 % scale the sentence is cut otherwise
        noSweeps.setPadding(new javafx.geometry.Insets(12));
        list.setPlaceholder(noSweeps);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SweepRow sweep, boolean empty) {
                super.updateItem(sweep, empty);
                setText(empty || sweep == null ? null : sweep.listText());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after != null && after != model.sweepProperty().get()) model.sweepProperty().set(after);
        });
        model.sweepProperty().addListener((o, before, after) -> {
            if (after != list.getSelectionModel().getSelectedItem()) list.getSelectionModel().select(after);
        });
        // A row replaced by a newer one of the same sweep stays selected.
        model.sweeps().addListener((javafx.collections.ListChangeListener<SweepRow>) change -> {
            SweepRow chosen = model.sweepProperty().get();
            int index = chosen == null ? -1 : model.sweeps().stream().map(SweepRow::id).toList().indexOf(chosen.id());
            if (index >= 0 && list.getSelectionModel().getSelectedIndex() != index) list.getSelectionModel().select(index);
        });
        return list;
    }

    /** The chosen sweep's runs done out of its tasks, with the time left while it runs; Stop and Resume. */
    private HBox sweepBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("sweep-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.selectedRunningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label text = new Label();
        text.setId("sweep-progress-text");
        text.getStyleClass().add("progress-text");
        text.textProperty().bind(model.progressTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button stop = new Button();
        stop.setId("stop-sweep");
        stop.textProperty().bind(Bindings.when(model.stoppingProperty()).then("Stopping…").otherwise("Stop"));
        stop.disableProperty().bind(model.sweepRunningProperty().not().or(model.stoppingProperty()));
        stop.setTooltip(new javafx.scene.control.Tooltip("Stops the sweep started here: no run starts any more, the runs in"
                + " progress stop after their current batch and are recorded failed; Resume finishes the sweep"));
        stop.setOnAction(event -> model.stopSweep());
        Button resume = new Button("Resume");
        resume.setId("resume-sweep");
        resume.disableProperty().bind(model.resumableProperty().not());
        resume.setTooltip(new javafx.scene.control.Tooltip("Runs the chosen sweep again from its stored settings: finished runs"
                + " are skipped (also for a sweep of the command line, as rectransfer sweep run again would)"));
        resume.setOnAction(event -> model.resumeSweep());
        for (Button button : java.util.List.of(stop, resume)) button.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, progress, text, spacer, stop, resume);
        bar.getStyleClass().add("sweep-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.sweepProperty().isNotNull().or(model.sweepRunningProperty()));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private BorderPane heatmap() {
        ComboBox<String> source = new ComboBox<>(model.sources());
        source.setId("results-source");
        source.valueProperty().bindBidirectional(model.sourceProperty());
        CheckBox exclude = new CheckBox("Leave collapsed runs out");
        exclude.setId("exclude-collapsed");
        exclude.selectedProperty().bindBidirectional(model.excludeCollapsedProperty());
        Button export = new Button("Export…");
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
        // A narrow window wraps the controls onto a second line instead of cutting their text short.
        javafx.scene.layout.FlowPane tools = new javafx.scene.layout.FlowPane(10, 6, figure, sourceLabel, source, config, exclude, export);
        for (javafx.scene.Node node : tools.getChildren()) {
            if (node instanceof Region region) region.setMinWidth(Region.USE_PREF_SIZE);
        }
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
                .then("Pick a sweep on the left, or start one under New sweep (./rectransfer sweep runs one from the command line).")
                .otherwise(Bindings.when(model.busyProperty()).then("Reading…").otherwise(Bindings.when(model.selectedRunningProperty())
                        .then("No gains yet: each cell appears as soon as its transfer and baseline have finished.")
                        .otherwise("This sweep has no gains to show yet."))));
        placeholder.visibleProperty().bind(chart.visibleProperty().not());
        BorderPane pane = new BorderPane(new StackPane(placeholder, chart));
        pane.setTop(new VBox(tools, sweepBar()));
        return pane;
    }

    private HBox footer() {
        Label sweep = new Label();
        sweep.setId("sweep-status");
        sweep.getStyleClass().add("sweep-status");
        sweep.textProperty().bind(model.sweepMessageProperty());
        sweep.visibleProperty().bind(model.sweepMessageProperty().isNotEmpty());
        sweep.managedProperty().bind(sweep.visibleProperty());
        sweep.setMaxWidth(560);
        Label status = new Label();
        status.setId("results-status");
        status.getStyleClass().add("status");
        status.textProperty().bind(model.statusProperty());
        HBox footer = new HBox(16, sweep, status);
        footer.getStyleClass().add("footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private void exportFigure() {
        new ExportDialog(getScene() == null ? null : getScene().getWindow(), "Export the figure", model.suggestedFileName())
                .ask().ifPresent(choice -> {
                    try {
                        model.export(choice);
                    } catch (IOException | RuntimeException e) {
                        new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                                "Cannot write " + choice.file() + ": " + e.getMessage()).showAndWait();
                    }
                });
    }

    /** @return the view model behind this view, for tests */
    ResultsViewModel modelForTests() { return model; }
}
