package org.rectransfer.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The texts of the ControlsFX notifications showing in any window, for the headless tests. */
final class ShownNotifications {
    private ShownNotifications() { }

    /** @return each showing notification's title and text, "title: text", read on the FX thread */
    static List<String> texts() throws Exception {
        CompletableFuture<List<String>> texts = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                texts.complete(Window.getWindows().stream().filter(Window::isShowing)
                        .filter(window -> window.getScene() != null)
                        .flatMap(window -> window.getScene().getRoot().lookupAll(".notification-bar").stream())
                        .map(ShownNotifications::describe).toList());
            } catch (RuntimeException e) {
                texts.completeExceptionally(e);
            }
        });
        return texts.get(10, TimeUnit.SECONDS);
    }

    private static String describe(Node bar) {
        String title = bar.lookupAll(".title").stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText())
                .findFirst().orElse("");
        String text = bar.lookupAll(".label").stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText())
                .filter(t -> t != null && !t.equals(title)).findFirst().orElse("");
        return title + ": " + text;
    }
}
