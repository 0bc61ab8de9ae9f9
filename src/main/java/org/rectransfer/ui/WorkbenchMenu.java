package org.rectransfer.ui;

import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.rectransfer.store.BuildInfo;

/**
 * The workbench's menu bar: File (Quit), View (the tabs by Ctrl+1..4, large text for a projector,
 * a dark theme) and Help (About). The dark theme is remembered in the user's preferences (not in tests).
 */
final class WorkbenchMenu {
    private static final String DARK = "dark";

    private WorkbenchMenu() { }

    /**
     * @param root  the scene's root, which carries the theme's style class
     * @param quit  what Quit does (the window's close request, which asks while a run trains)
     */
    static MenuBar create(Parent root, TabPane tabs, TransferLabViewModel lab, ResultsViewModel results, Preferences preferences,
                          Runnable quit) {
        MenuItem quitItem = new MenuItem("Quit");
        quitItem.setId("menu-quit");
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quitItem.setOnAction(event -> quit.run());
        Menu file = new Menu("File", null, quitItem);

        Menu view = new Menu("View");
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (int k = 0; k < Math.min(digits.length, tabs.getTabs().size()); k++) {
            Tab tab = tabs.getTabs().get(k);
            MenuItem show = new MenuItem(tab.getText());
            show.setAccelerator(new KeyCodeCombination(digits[k], KeyCombination.SHORTCUT_DOWN));
            show.setOnAction(event -> tabs.getSelectionModel().select(tab));
            view.getItems().add(show);
        }
        CheckMenuItem large = new CheckMenuItem("Large text in the charts");
        large.setId("menu-large-text");
        large.selectedProperty().bindBidirectional(lab.presentationProperty());
        results.presentationProperty().bind(large.selectedProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark");
        dark.selectedProperty().addListener((o, before, on) -> {
            if (on && !root.getStyleClass().contains(DARK)) root.getStyleClass().add(DARK);
            if (!on) root.getStyleClass().remove(DARK);
            if (preferences != null) preferences.putBoolean("darkTheme", on);
        });
        dark.setSelected(preferences != null && preferences.getBoolean("darkTheme", false));
        view.getItems().addAll(new SeparatorMenuItem(), large, dark);

        MenuItem about = new MenuItem("About RecTransfer");
        about.setOnAction(event -> {
            BuildInfo build = BuildInfo.current();
            Alert alert = new Alert(Alert.AlertType.INFORMATION, "Transfer learning in neural recommenders: an NCF-style MLP"
                    + " trained on a source domain, its FC layers transferred to a target (Nguyen et al., 2020).\n\n"
                    + "Version " + build.version() + " · DeepLearning4J " + build.dl4j() + " · Java "
                    + System.getProperty("java.version"));
            alert.setHeaderText("RecTransfer Workbench");
            if (root.getScene() != null) alert.initOwner(root.getScene().getWindow());
            alert.showAndWait();
        });
        MenuBar bar = new MenuBar(file, view, new Menu("Help", null, about));
        bar.setId("menu-bar");
        return bar;
    }
}
