package org.rectransfer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rectransfer.experiment.TrainingSettings;

/**
 * The lab's advanced training settings, each starting at the paper's value: learning rates,
 * batch, negatives, network, early stopping. {@link #settings} turns them into the training
 * settings of a run, {@link #problem} says what is wrong with them in one line. FX thread only.
 */
public final class LabHyperparameters {
    /** The lab transfers FC-1..FC-4: the network has four hidden layers. */
    static final int DEPTH = 4;
    private static final TrainingSettings PAPER = TrainingSettings.CONVERGED;

    private final DoubleProperty lr;
    private final DoubleProperty tuneLr;
    private final IntegerProperty batch;
    private final IntegerProperty negatives;
    private final IntegerProperty embedding;
    private final StringProperty layers;
    private final BooleanProperty earlyStopping;
    private final IntegerProperty patience;
    private final IntegerProperty minEpochs;

    LabHyperparameters(Object bean) {
        lr = new SimpleDoubleProperty(bean, "lr");
        tuneLr = new SimpleDoubleProperty(bean, "tuneLr");
        batch = new SimpleIntegerProperty(bean, "batch");
        negatives = new SimpleIntegerProperty(bean, "negatives");
        embedding = new SimpleIntegerProperty(bean, "embedding");
        layers = new SimpleStringProperty(bean, "layers");
        earlyStopping = new SimpleBooleanProperty(bean, "earlyStopping");
        patience = new SimpleIntegerProperty(bean, "patience");
        minEpochs = new SimpleIntegerProperty(bean, "minEpochs");
        resetToPaper();
    }

    /** Sets every value back to the paper's (with the converged default of early stopping). */
    public void resetToPaper() {
        lr.set(PAPER.lr());
        tuneLr.set(PAPER.lr());
        batch.set(PAPER.batch());
        negatives.set(PAPER.negatives());
        embedding.set(PAPER.embedding());
        layers.set(widths(PAPER.layers()));
        earlyStopping.set(PAPER.earlyStopping());
        patience.set(PAPER.patience());
        minEpochs.set(PAPER.minEpochs());
    }

    /** @return whether every value is the paper's */
    public boolean isPaper() {
        return lr.get() == PAPER.lr() && tuneLr.get() == PAPER.lr() && batch.get() == PAPER.batch()
                && negatives.get() == PAPER.negatives() && embedding.get() == PAPER.embedding()
                && layers.get().replace(" ", "").equals(widths(PAPER.layers())) && earlyStopping.get() == PAPER.earlyStopping()
                && patience.get() == PAPER.patience() && minEpochs.get() == PAPER.minEpochs();
    }

    /** @return what is wrong with the values, in one line; null when a run can use them */
    String problem(int epochs) {
        List<Integer> widths = parseWidths(layers.get());
        if (widths == null || widths.size() != DEPTH) return "Layers must be four widths, e.g. 64,32,16,8";
        if (earlyStopping.get() && patience.get() < 1) return "Patience must be at least 1 epoch";
        try {
            settings(epochs);
            if (!(tuneLr.get() > 0)) return "The tuned layers' learning rate must be positive";
            return null;
        } catch (IllegalArgumentException e) {
            // The settings' own message names the command-line option; the lab says it in its words.
            return "Invalid setting: " + e.getMessage().replace("--", "");
        }
    }

    /** @return the training settings of a run of at most {@code epochs} epochs */
    TrainingSettings settings(int epochs) {
        List<Integer> widths = parseWidths(layers.get());
        TrainingSettings settings = PAPER.withEpochs(epochs)
                .withOptimisation(batch.get(), lr.get(), negatives.get())
                .withNetwork(embedding.get(), widths == null ? PAPER.layers() : widths);
        return earlyStopping.get() ? settings.withEarlyStopping(patience.get(), minEpochs.get())
                : settings.withEarlyStopping(0, 0).withEvalEvery(1);
    }

    /** @return the tuned layers' learning rate */
    double tuneLr(TrainingSettings settings) {
        return tuneLr.get() > 0 ? tuneLr.get() : settings.lr();
    }

    /** @return every property, so that the lab can re-check its choice when one changes */
    List<Observable> properties() {
        return new ArrayList<>(List.of(lr, tuneLr, batch, negatives, embedding, layers, earlyStopping, patience, minEpochs));
    }

    private static String widths(List<Integer> widths) {
        return String.join(",", widths.stream().map(String::valueOf).toList());
    }

    private static List<Integer> parseWidths(String text) {
        try {
            List<Integer> widths = new ArrayList<>();
            for (String part : text.split(",")) widths.add(Integer.parseInt(part.strip()));
            return widths;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    /** @return Adam's learning rate of trained layers (paper: 0.001) */
    public DoubleProperty lrProperty() { return lr; }
    /** @return the learning rate of tuned (transferred, not frozen) layers (default: the learning rate) */
    public DoubleProperty tuneLrProperty() { return tuneLr; }
    /** @return examples per step (paper: 256) */
    public IntegerProperty batchProperty() { return batch; }
    /** @return sampled negatives per positive, re-drawn every epoch (paper: 4) */
    public IntegerProperty negativesProperty() { return negatives; }
    /** @return the user and item embedding size (paper: 32) */
    public IntegerProperty embeddingProperty() { return embedding; }
    /** @return the widths of FC-1..FC-4, comma-separated (paper: 64,32,16,8) */
    public StringProperty layersProperty() { return layers; }
    /** @return whether each model stops when its validation HR@10 stops improving (the paper trains a fixed schedule) */
    public BooleanProperty earlyStoppingProperty() { return earlyStopping; }
    /** @return epochs without improvement before stopping */
    public IntegerProperty patienceProperty() { return patience; }
    /** @return the epoch before which a model never stops */
    public IntegerProperty minEpochsProperty() { return minEpochs; }
}
