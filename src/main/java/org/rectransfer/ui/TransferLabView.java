package org.rectransfer.ui;

import org.rectransfer.study.TransferRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.rectransfer.experiment.TrainingSettings;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.rectransfer.model.LayerName;
import org.rectransfer.model.TransferMode;
import org.rectransfer.model.TransferPlan;

/**
 * The transfer lab: source and target, epochs and seeds, the mode of each layer, Run and Cancel
 * and the gain over seeds on the left; the live loss and HR curves (mean and band over seeds) of
 * the source, the baseline and the transfer on the right; status and progress at the bottom. Layout and bindings only: the logic is in the view model.
 */
public final class TransferLabView extends BorderPane {
    private static final PseudoClass GAIN = PseudoClass.getPseudoClass("gain");
    private static final PseudoClass LOSS = PseudoClass.getPseudoClass("loss");
    private static final String[] LAYER_SHAPES = {"64 → 64", "64 → 32", "32 → 16", "16 → 8", "8 → 1"};

    private final TransferLabViewModel model;
    private final ChartViewer chart;
    private final ChartViewer importance = new ChartViewer(null);
    private final javafx.scene.control.TabPane figures = new javafx.scene.control.TabPane();
    private boolean redrawPending;

    public TransferLabView(TransferLabViewModel model) {
        this.model = model;
        getStyleClass().add("lab-view");
        chart = new ChartViewer(null);
        chart.setId("curves");
        Label placeholder = new Label("Loss and validation HR@10 of the source, the baseline and the transfer appear here, epoch by epoch.");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        chart.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.points()));
        placeholder.visibleProperty().bind(chart.visibleProperty().not());
        // Epochs arrive one by one (a reused run replays all of its own at once): redraw once per batch of them.
        model.points().addListener((ListChangeListener<LabPoint>) change -> {
            if (redrawPending) return;
            redrawPending = true;
            Platform.runLater(() -> {
                redrawPending = false;
                model.curvesChart().ifPresent(chart::setChart);
            });
        });
        importance.setId("importance");
        importance.visibleProperty().bind(model.outcomeProperty().isNotNull());
        Label noImportance = new Label("The importance of each neuron of the source model (representation erasure) appears"
                + " here when a run has finished.");
        noImportance.getStyleClass().add("placeholder");
        noImportance.setWrapText(true);
        noImportance.visibleProperty().bind(importance.visibleProperty().not());
        model.outcomeProperty().addListener((o, before, after) -> model.importanceChart().ifPresent(importance::setChart));
        figures.getTabs().addAll(new javafx.scene.control.Tab("Loss and validation HR@10", new javafx.scene.layout.StackPane(placeholder, chart)),
                new javafx.scene.control.Tab("Neuron importance (source)", new javafx.scene.layout.StackPane(noImportance, importance)));
        figures.getTabs().get(0).setId("curves-tab");
        figures.getTabs().get(1).setId("importance-tab");
        figures.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        figures.getStyleClass().add("figure-tabs");
        VBox.setVgrow(figures, Priority.ALWAYS);
        setTop(header());
        setLeft(scrolling(form()));
        setCenter(new VBox(result(), figures));
        setBottom(footer());
    }

    private HBox header() {
        javafx.scene.control.ToggleButton large = new javafx.scene.control.ToggleButton("Large text");
        large.setId("presentation");
        large.setTooltip(new Tooltip("Presentation mode: the charts' text half as large again, for a projector."
                + " Exported figures keep their print size"));
        large.selectedProperty().bindBidirectional(model.presentationProperty());
        model.presentationProperty().addListener((o, before, after) -> {
            model.curvesChart().ifPresent(chart::setChart);
            model.importanceChart().ifPresent(importance::setChart);
        });
        return ViewHeader.of("Transfer lab", "Train on a source, transfer its layers to a target, compare with the baseline."
                + " Runs go to " + model.workspaceDir().toAbsolutePath().normalize(), large);
    }

    /**
     * Keeps {@code spinner} and {@code value} in step both ways: what the user types sets the model,
     * and a value the model takes otherwise (restored from the last session, opened from the Runs
     * tab) is shown, so that the screen never disagrees with what Run would use.
     */
    private static void follow(Spinner<Integer> spinner, javafx.beans.property.IntegerProperty value) {
        spinner.valueProperty().addListener((o, before, after) -> {
            if (after != null) value.set(after);
        });
        value.addListener((o, before, after) -> {
            if (!after.equals(spinner.getValue())) spinner.getValueFactory().setValue(after.intValue());
        });
    }

    private VBox form() {
        GridPane domains = new GridPane();
        domains.getStyleClass().add("form-grid");
        domains.addRow(0, fieldLabel("Source"), domainPicker("source", model.sourceProperty()));
        domains.addRow(1, fieldLabel("Target"), domainPicker("target", model.targetProperty()));
        Spinner<Integer> epochs = new Spinner<>(1, 500, model.epochsProperty().get());
        epochs.setId("epochs");
        epochs.setEditable(true);
        follow(epochs, model.epochsProperty());
        Spinner<Integer> seeds = new Spinner<>(1, TransferRequest.MAX_SEEDS, model.seedsProperty().get());
        seeds.setId("seeds");
        seeds.setEditable(true);
        follow(seeds, model.seedsProperty());
        epochs.setPrefWidth(96);
        seeds.setPrefWidth(96);
        epochs.setTooltip(new Tooltip("The most epochs. Each model trains until its validation HR@10 has not improved for "
                + TrainingSettings.CONVERGED_PATIENCE + " epochs (never before epoch " + TrainingSettings.CONVERGED_MIN_EPOCHS
                + ") and is evaluated at its best validation epoch"));
        Label seedList = new Label();
        seedList.getStyleClass().add("hint");
        seedList.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                TransferLabViewModel.describeSeeds(model.seedsProperty().get()), model.seedsProperty()));
        seeds.setTooltip(new Tooltip("Every seed trains its own source, baseline and transfer; the gain is shown as"
                + " mean ± sd over the seeds with the paired t-test. The seeds train in parallel"));
        domains.addRow(2, fieldLabel("Max epochs"), epochs);
        HBox seedsRow = new HBox(8, seeds, seedList);
        seedsRow.setAlignment(Pos.CENTER_LEFT);
        domains.addRow(3, fieldLabel("Seeds"), seedsRow);
        seeds.disableProperty().bind(model.busyProperty());
        epochs.disableProperty().bind(model.busyProperty());

        ComboBox<String> preset = new ComboBox<>();
        preset.setId("preset");
        preset.getItems().addAll(TransferPlan.PRESETS);
        preset.getItems().add(TransferLabViewModel.CUSTOM);
        preset.valueProperty().bindBidirectional(model.presetProperty());
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.setCellFactory(list -> new PresetCell(true));
        preset.setButtonCell(new PresetCell(false));
        preset.setTooltip(new Tooltip("The transfer configurations of the paper's Table 1: which of FC-1..FC-4 come from the"
                + " source model, frozen; the other layers start fresh. Click a layer's mode to make your own plan."));
        preset.disableProperty().bind(model.busyProperty());   // the running plan is the one shown
        GridPane layers = new GridPane();
        layers.getStyleClass().add("form-grid");
        layers.addRow(0, fieldLabel("Preset"), preset);
        for (int k = 0; k < TransferLabViewModel.LAYERS.size(); k++) {
            LayerName layer = TransferLabViewModel.LAYERS.get(k);
            Label name = fieldLabel(layer.equals(LayerName.OUT) ? "OUT" : "FC-" + (k + 1));
            name.setTooltip(new Tooltip(LAYER_SHAPES[k]));
            layers.addRow(k + 1, name, modeToggles(layer));
        }

        Button run = new Button("Run");
        run.setId("run");
        run.getStyleClass().add("accent");
        run.setDefaultButton(true);
        // An invalid choice (source = target) disables Run and says why, next to the buttons.
        run.disableProperty().bind(model.busyProperty().or(model.choiceProblemProperty().isNotEmpty()));
        run.setOnAction(event -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.disableProperty().bind(model.busyProperty().not());
        cancel.setOnAction(event -> model.cancel());
        Button export = new Button("Export…");
        export.setId("export");
        export.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.isEmpty(model.points())));
        export.textProperty().bind(javafx.beans.binding.Bindings.when(
                figures.getSelectionModel().selectedIndexProperty().isEqualTo(1)).then("Export importance…").otherwise("Export curves…"));
        export.setOnAction(event -> exportCurves());
        export.setTooltip(new Tooltip("Write the figure shown as PNG (size and resolution of your choice) or SVG,"
                + " with the plotted numbers as CSV (Ctrl+E)"));
        Button copy = new Button("Copy");
        copy.setId("copy-figure");
        copy.disableProperty().bind(export.disableProperty());
        copy.setTooltip(new Tooltip("Copy the figure shown to the clipboard as an image (1600 x 1200)"));
        copy.setOnAction(event -> copyFigure());
        for (Button button : List.of(run, cancel, export, copy)) button.setMinWidth(Region.USE_PREF_SIZE);
        run.setTooltip(new Tooltip("Train every seed's source, baseline and transfer (Ctrl+R)"));
        cancel.setTooltip(new Tooltip("Stop every seed between batches; unfinished runs are recorded as failed (Ctrl+.)"));
        shortcut(run, new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        shortcut(cancel, new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.PERIOD, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        shortcut(export, new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.E, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, run, cancel, export, copy);
        Label choiceProblem = new Label();
        choiceProblem.setId("choice-problem");
        choiceProblem.getStyleClass().add("hint");
        choiceProblem.setWrapText(true);
        choiceProblem.setMinHeight(Region.USE_PREF_SIZE);
        choiceProblem.textProperty().bind(model.choiceProblemProperty());
        choiceProblem.visibleProperty().bind(model.choiceProblemProperty().isNotEmpty());
        choiceProblem.managedProperty().bind(choiceProblem.visibleProperty());

        VBox form = new VBox(14, section("Domains"), domains, section("Layers (fresh · frozen · tuned)"), layers,
                legend(), actions, choiceProblem, new LabAdvancedPane(model.hyperparameters(), model.busyProperty()));
        form.getStyleClass().add("lab-form");
        return form;
    }

    /** The form scrolls rather than being cut off in a short window. */
    private static ScrollPane scrolling(VBox form) {
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(340);
        scroll.setMinWidth(Region.USE_PREF_SIZE);
        scroll.getStyleClass().add("lab-form-scroll");
        return scroll;
    }

    /** Three toggle buttons bound both ways to the layer's mode: a click sets it, a preset moves it. */
    private HBox modeToggles(LayerName layer) {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> buttons = new ArrayList<>();
        for (TransferMode mode : TransferMode.values()) {
            ToggleButton button = new ToggleButton(mode.id());
            button.setId(layer.id().toLowerCase(Locale.ROOT) + "-" + mode.id());
            button.setUserData(mode);
            button.setToggleGroup(group);
            button.getStyleClass().addAll("segment", mode.id());
            buttons.add(button);
        }
        // JavaFX CSS has no :first-child or :last-child, so the ends are marked by hand.
        buttons.get(0).getStyleClass().add("first");
        buttons.get(buttons.size() - 1).getStyleClass().add("last");
        var property = model.modeProperty(layer);
        group.selectToggle(buttons.get(property.get().ordinal()));
        property.addListener((o, before, after) -> group.selectToggle(buttons.get(after.ordinal())));
        group.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null) {
                group.selectToggle(before);   // a segmented control always has one choice
            } else {
                property.set((TransferMode) after.getUserData());
            }
        });
        HBox segmented = new HBox(buttons.toArray(new ToggleButton[0]));
        segmented.getStyleClass().add("segmented");
        segmented.disableProperty().bind(model.busyProperty());
        return segmented;
    }

    private ComboBox<Path> domainPicker(String id, javafx.beans.property.ObjectProperty<Path> property) {
        ComboBox<Path> picker = new ComboBox<>(model.domains());
        picker.setId(id);
        picker.valueProperty().bindBidirectional(property);
        picker.setCellFactory(list -> new FileNameCell());
        picker.setButtonCell(new FileNameCell());
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.disableProperty().bind(model.busyProperty());
        GridPane.setHgrow(picker, Priority.ALWAYS);
        return picker;
    }

    /**
     * The outcome over seeds above the figures: the gain with its spread and the test's verdict
     * (green or red only when significant), then the seeds and HRs, then a collapse warning.
     */
    private VBox result() {
        Label gain = resultLine("lab-gain", "gain", model.gainProperty());
        gain.setWrapText(false);
        gain.setMinWidth(Region.USE_PREF_SIZE);
        Label verdict = resultLine("lab-verdict", "verdict", model.verdictProperty());
        Label details = resultLine("lab-details", "details", model.detailsProperty());
        Label warning = resultLine("lab-warning", "warning", model.warningProperty());
        model.directionProperty().addListener((o, before, after) -> {
            for (Label line : List.of(gain, verdict)) {
                line.pseudoClassStateChanged(GAIN, after.intValue() > 0);
                line.pseudoClassStateChanged(LOSS, after.intValue() < 0);
            }
        });
        HBox headline = new HBox(14, gain, verdict);
        headline.setAlignment(Pos.BASELINE_LEFT);
        VBox result = new VBox(4, headline, details, warning);
        result.setId("lab-result");
        result.getStyleClass().add("lab-result");
        result.visibleProperty().bind(model.outcomeProperty().isNotNull());
        result.managedProperty().bind(result.visibleProperty());
        return result;
    }

    private static Label resultLine(String id, String style, javafx.beans.value.ObservableStringValue text) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add(style);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.textProperty().bind(text);
        line.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private static Label legend() {
        Label legend = new Label("fresh: trained from scratch · frozen: copied from the source, not trained · tuned: copied,"
                + " then trained. Embeddings are always fresh.");
        legend.getStyleClass().add("hint");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);   // wrapped over its lines, not cut to one
        return legend;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section");
        return label;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field");
        label.setMinWidth(Region.USE_PREF_SIZE);   // "Max epochs" whole, not "Max epo..."
        return label;
    }

    private HBox footer() {
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("lab-status");
        status.getStyleClass().add("status");
        status.textProperty().bind(model.statusProperty());
        Label remaining = new Label();
        remaining.setId("lab-remaining");
        remaining.getStyleClass().add("status");
        remaining.setMinWidth(Region.USE_PREF_SIZE);
        remaining.textProperty().bind(model.remainingProperty());
        HBox footer = new HBox(12, progress, remaining, status);
        footer.getStyleClass().add("footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private void exportCurves() {
        boolean importanceShown = figures.getSelectionModel().getSelectedIndex() == 1;
        ExportDialog dialog = new ExportDialog(getScene() == null ? null : getScene().getWindow(),
                importanceShown ? "Export the neuron importance" : "Export the curves", model.suggestedFileName(importanceShown));
        dialog.ask().ifPresent(choice -> {
            try {
                model.export(choice, importanceShown);
            } catch (IOException | RuntimeException e) {
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                        "Cannot write " + choice.file() + ": " + e.getMessage()).showAndWait();
            }
        });
    }

    /** Presses {@code button} on {@code keys} while the lab is the tab shown and the button is enabled. */
    private void shortcut(Button button, javafx.scene.input.KeyCombination keys) {
        sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) scene.getAccelerators().put(keys, () -> {
                if (shown() && !button.isDisabled()) button.fire();
            });
        });
    }

    /** @return whether the lab is on screen: a tab not selected hides its content's parent, not the content */
    private boolean shown() {
        for (javafx.scene.Node node = this; node != null; node = node.getParent()) {
            if (!node.isVisible()) return false;
        }
        return getScene() != null;
    }

    /** Puts the figure shown on the clipboard as an image, for a slide or a message. */
    private void copyFigure() {
        boolean importanceShown = figures.getSelectionModel().getSelectedIndex() == 1;
        (importanceShown ? model.importanceChart() : model.curvesChart()).ifPresent(chart -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putImage(javafx.embed.swing.SwingFXUtils.toFXImage(FigureExport.image(chart), null));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
    }

    /** @return the view model behind this view, for tests */
    TransferLabViewModel modelForTests() { return model; }

    /** Shows a domain file by its name. */
    /** A preset with what it transfers: "config-6 · FC-3, FC-4, OUT frozen from the source; the rest fresh". */
    private static final class PresetCell extends ListCell<String> {
        private final boolean long_;

        PresetCell(boolean inList) {
            this.long_ = inList;
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String summary = name.equals(TransferLabViewModel.CUSTOM) ? "the layer modes chosen below"
                    : TransferPlan.preset(name, LabHyperparameters.DEPTH).summary();
            setText(long_ ? name + " · " + summary : name);
            setTooltip(new Tooltip(name + ": " + summary));
        }
    }

    private static final class FileNameCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path file, boolean empty) {
            super.updateItem(file, empty);
            setText(empty || file == null ? null : file.getFileName().toString());
        }
    }
}
