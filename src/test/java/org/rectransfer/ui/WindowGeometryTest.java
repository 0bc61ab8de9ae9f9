package org.rectransfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window opens where it was closed when that still fits a screen, else at a sensible first size. */
class WindowGeometryTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 900);
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 700);

    @Test
    void firstStartIsCentredAndNeverLargerThanTheScreen() {
        assertThat(WindowGeometry.first(LAPTOP)).isEqualTo(new WindowGeometry(20, 70, 1240, 760));
        assertThat(WindowGeometry.first(SMALL)).isEqualTo(new WindowGeometry(0, 0, 1024, 700));
    }

    @Test
    void aSavedGeometryComesBackOnlyIfItsTitleBarIsOnAScreen() {
        WindowGeometry saved = new WindowGeometry(100, 50, 1000, 650);
        assertThat(WindowGeometry.restore(saved, List.of(LAPTOP))).isEqualTo(saved);
        WindowGeometry offScreen = new WindowGeometry(3000, 50, 1000, 650);  // a second monitor, since unplugged
        assertThat(WindowGeometry.restore(offScreen, List.of(LAPTOP))).isEqualTo(WindowGeometry.first(LAPTOP));
        WindowGeometry tooSmall = new WindowGeometry(10, 10, 300, 200);
        assertThat(WindowGeometry.restore(tooSmall, List.of(LAPTOP))).isEqualTo(WindowGeometry.first(LAPTOP));
        assertThat(WindowGeometry.restore(null, List.of(SMALL))).isEqualTo(WindowGeometry.first(SMALL));
    }

    @Test
    void savedAndLoadedThroughPreferences() throws Exception {
        Preferences node = Preferences.userRoot().node("org/rectransfer/test-window-geometry-" + ProcessHandle.current().pid());
        try {
            assertThat(WindowGeometry.load(node)).isNull();
            new WindowGeometry(12, 34, 1111, 777).save(node);
            assertThat(WindowGeometry.load(node)).isEqualTo(new WindowGeometry(12, 34, 1111, 777));
        } finally {
            node.removeNode();
        }
    }
}
