package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.rectransfer.model.TransferMode;

/**
 * What the lab remembers between sessions: source and target (when still offered), the layer
 * modes, seeds, epochs and presentation mode. Kept in the user's preferences; the workbench
 * saves them when it closes and restores them when it opens (tests use a node of their own).
 */
final class LabMemory {
    private static final String SOURCE = "lab.source";
    private static final String TARGET = "lab.target";
    private static final String MODES = "lab.modes";
    private static final String SEEDS = "lab.seeds";
    private static final String EPOCHS = "lab.epochs";
    private static final String LARGE = "lab.presentation";

    private LabMemory() { }

    /** Writes the lab's current choices. Call on the FX thread. */
    static void save(TransferLabViewModel lab, Preferences preferences) {
        if (lab.sourceProperty().get() != null) preferences.put(SOURCE, lab.sourceProperty().get().toAbsolutePath().normalize().toString());
        if (lab.targetProperty().get() != null) preferences.put(TARGET, lab.targetProperty().get().toAbsolutePath().normalize().toString());
        preferences.put(MODES, lab.plan().describe());
        preferences.putInt(SEEDS, lab.seedsProperty().get());
        preferences.putInt(EPOCHS, lab.epochsProperty().get());
        preferences.putBoolean(LARGE, lab.presentationProperty().get());
    }

    /** Sets the lab's choices to those saved, where they still make sense. Call on the FX thread. */
    static void restore(TransferLabViewModel lab, Preferences preferences) {
        restoreDomain(lab, lab.sourceProperty(), preferences.get(SOURCE, null));
        restoreDomain(lab, lab.targetProperty(), preferences.get(TARGET, null));
        String modes = preferences.get(MODES, null);
        if (modes != null) {
            for (String pair : modes.split(",")) {
                String[] layerAndMode = pair.split("=");
                if (layerAndMode.length != 2) continue;
                try {
                    org.rectransfer.model.LayerName layer = org.rectransfer.model.LayerName.parse(layerAndMode[0]);
                    if (TransferLabViewModel.LAYERS.contains(layer)) lab.modeProperty(layer).set(TransferMode.parse(layerAndMode[1]));
                } catch (IllegalArgumentException e) {
                    // written by another version: keep the default mode
                }
            }
        }
        int seeds = preferences.getInt(SEEDS, lab.seedsProperty().get());
        if (seeds >= 1 && seeds <= org.rectransfer.study.TransferRequest.MAX_SEEDS) lab.seedsProperty().set(seeds);
        int epochs = preferences.getInt(EPOCHS, lab.epochsProperty().get());
        if (epochs >= 1) lab.epochsProperty().set(epochs);
        lab.presentationProperty().set(preferences.getBoolean(LARGE, false));
    }

    /**
     * Chooses the stored domain now if the lab offers it, else when it arrives: the domains a user
     * added are read in the background after the window opens, so they join the lab's list later.
     * A choice the user makes meanwhile is kept.
     */
    private static void restoreDomain(TransferLabViewModel lab, javafx.beans.property.ObjectProperty<Path> choice, String stored) {
        java.util.Optional<Path> now = offered(lab, stored);
        if (now.isPresent()) {
            choice.set(now.get());
            return;
        }
        if (stored == null) return;
        Path untouched = choice.get();
        javafx.collections.ListChangeListener<Path> arrival = new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends Path> change) {
                if (!java.util.Objects.equals(choice.get(), untouched)) {
                    lab.domains().removeListener(this);
                    return;
                }
                offered(lab, stored).ifPresent(file -> {
                    lab.domains().removeListener(this);
                    choice.set(file);
                });
            }
        };
        lab.domains().addListener(arrival);
    }

    /** @return the file the lab offers under this absolute path, if it still does */
    private static java.util.Optional<Path> offered(TransferLabViewModel lab, String stored) {
        if (stored == null) return java.util.Optional.empty();
        return lab.domains().stream().filter(file -> file.toAbsolutePath().normalize().toString().equals(stored)).findFirst();
    }
}
