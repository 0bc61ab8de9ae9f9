package org.rectransfer.ui;

import java.util.Locale;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The lab's advanced training settings, collapsed by default: every field says what it means and
 * the paper's value, and is locked while a run trains. Layout and bindings only.
 */
final class LabAdvancedPane extends TitledPane {
    LabAdvancedPane(LabHyperparameters values, ObservableBooleanValue busy) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        grid.addRow(row++, label("Learning rate"), number("lr", values.lrProperty(),
                "Adam's learning rate of the layers that train. Paper: 0.001"));
        grid.addRow(row++, label("Tuned layers' rate"), number("tune-lr", values.tuneLrProperty(),
                "Learning rate of layers transferred and tuned (not frozen). Default: the learning rate"));
        grid.addRow(row++, label("Batch"), spinner("batch", values.batchProperty(), 1, 65_536,
                "Examples per step. Paper: 256"));
        grid.addRow(row++, label("Negatives"), spinner("negatives", values.negativesProperty(), 0, 100,
                "Sampled negative items per positive, drawn again every epoch. Paper: 4"));
        grid.addRow(row++, label("Embedding"), spinner("embedding", values.embeddingProperty(), 1, 4096,
                "Size of the user and item embeddings. Paper: 32"));
        TextField layers = new TextField();
        layers.setId("layers");
        layers.textProperty().bindBidirectional(values.layersProperty());
        layers.setTooltip(new Tooltip("Widths of FC-1..FC-4, comma-separated. Paper: 64,32,16,8"));
        layers.setPrefColumnCount(10);
        grid.addRow(row++, label("Layers"), layers);
        CheckBox early = new CheckBox("Stop early");
        early.setId("early-stopping");
        early.selectedProperty().bindBidirectional(values.earlyStoppingProperty());
        early.setTooltip(new Tooltip("Stop each model when its validation HR@10 has not improved for 'patience' epochs and"
                + " keep its best epoch (the default: a gain is then not a head start over an undertrained baseline)."
                + " Off: the paper's fixed schedule, every epoch trained"));
        grid.addRow(row++, label("Schedule"), early);
        Spinner<Integer> patience = spinner("patience", values.patienceProperty(), 1, 100,
                "Epochs without improvement of validation HR@10 before a model stops. Default: 10");
        Spinner<Integer> warmup = spinner("warmup", values.minEpochsProperty(), 0, 500,
                "A model never stops before this epoch (a small target sits on a plateau first). Default: 10");
        patience.disableProperty().bind(early.selectedProperty().not().or(busy));
        warmup.disableProperty().bind(early.selectedProperty().not().or(busy));
        grid.addRow(row++, label("Patience"), patience);
        grid.addRow(row++, label("Warm-up epochs"), warmup);
        Button reset = new Button("Paper's values");
        reset.setId("reset-hyperparameters");
        reset.setTooltip(new Tooltip("Set every advanced setting back to the paper's value"));
        reset.setOnAction(event -> values.resetToPaper());
        for (Node node : grid.getChildren()) {
            if (node != patience && node != warmup && !(node instanceof Label)) node.disableProperty().bind(busy);
        }
        reset.disableProperty().bind(busy);
        setText("Advanced training settings");
        setId("advanced");
        setContent(new VBox(8, grid, reset));
        setExpanded(false);
        setAnimated(false);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Spinner<Integer> spinner(String id, javafx.beans.property.IntegerProperty value, int min, int max, String tip) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        spinner.getValueFactory().valueProperty().addListener((o, before, after) -> { if (after != null) value.set(after); });
        value.addListener((o, before, after) -> spinner.getValueFactory().setValue(after.intValue()));
        spinner.setTooltip(new Tooltip(tip));
        return spinner;
    }

    private static TextField number(String id, Property<Number> value, String tip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        TextFormatter<Number> formatter = new TextFormatter<>(new StringConverter<>() {
            @Override
            public String toString(Number number) {
                return number == null ? "" : String.format(Locale.ROOT, "%s", number.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                try {
                    return Double.parseDouble(text.strip());
                } catch (NumberFormatException e) {
                    return value.getValue();    // not a number: keep the value it had
                }
            }
        });
        formatter.valueProperty().bindBidirectional(value);
        field.setTextFormatter(formatter);
        field.setTooltip(new Tooltip(tip));
        return field;
    }
}
