package org.rectransfer.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The band at the top of every tab: title, a line saying what the tab shows (with its folder), actions on the right. */
final class ViewHeader {
    private ViewHeader() { }

    /**
     * @param subtitle shown in full as a tooltip too: a long workspace path is cut before the actions are
     * @param actions  buttons on the right, never shrunk
     */
    static HBox of(String title, String subtitle, Node... actions) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("title");
        Label subtitleLabel = new Label(subtitle);
        subtitleLabel.getStyleClass().add("subtitle");
        subtitleLabel.setTooltip(new Tooltip(subtitle));
        VBox titles = new VBox(2, titleLabel, subtitleLabel);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, titles, spacer);
        for (Node action : actions) {
            if (action instanceof Region region) region.setMinWidth(Region.USE_PREF_SIZE);
            header.getChildren().add(action);
        }
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }
}
