package org.rectransfer.ui;

import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * Shows the screens' {@link Notice}s as ControlsFX notifications in the window's bottom right
 * corner: a file written (with a Copy path action) for a few seconds, an error until it is
 * closed or for longer. The status lines keep the same text; this only makes sure it is seen.
 * View code: the view models post notices, this shows them, each once.
 */
final class Notifier {
    private static final Duration INFO_SHOWN = Duration.seconds(6);
    private static final Duration ERROR_SHOWN = Duration.seconds(20);
    private final Window owner;
    private final BooleanSupplier dark;

    /**
     * @param owner the window the notifications appear over
     * @param dark  whether the dark theme is on (the notifications follow it)
     */
    Notifier(Window owner, BooleanSupplier dark) {
        this.owner = owner;
        this.dark = dark;
    }

    /** Shows every notice added to {@code notices} from now on. */
    void follow(ObservableList<Notice> notices) {
        notices.addListener((ListChangeListener<Notice>) change -> {
            while (change.next()) {
                if (change.wasAdded()) change.getAddedSubList().forEach(this::show);
            }
        });
    }

    private void show(Notice notice) {
        if (owner == null || !owner.isShowing()) return;
        Notifications popup = Notifications.create()
                .owner(owner)
                .position(Pos.BOTTOM_RIGHT)
                .title(notice.level() == Notice.Level.ERROR ? "Error" : TITLE)
                .text(shown(notice))
                .hideAfter(notice.level() == Notice.Level.ERROR ? ERROR_SHOWN : INFO_SHOWN);
        if (notice.file() != null) popup.action(new Action("Copy path", event -> copy(notice.file().toString())));
        if (dark.getAsBoolean()) popup.darkStyle();
        if (notice.level() == Notice.Level.ERROR) {
            popup.showError();
        } else {
            popup.showInformation();
        }
    }

    /**
     * @return the notice as the notification shows it: a file's full path replaced by its name, and
     *         its folder on a line of its own, so that the notification stays narrower than the window
     */
    static String shown(Notice notice) {
        if (notice.file() == null || notice.file().getParent() == null) return notice.text();
        String path = notice.file().toString();
        if (!notice.text().contains(path)) return notice.text();
        return notice.text().replace(path, notice.file().getFileName().toString()) + "\nin " + notice.file().getParent();
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static final String TITLE = WorkbenchApp.TITLE;
}
