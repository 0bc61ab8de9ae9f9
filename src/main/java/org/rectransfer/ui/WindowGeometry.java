package org.rectransfer.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the workbench window goes: where it was last closed, when that still fits a screen, else a
 * sensible first size (1240 x 760, or the screen's visible area when smaller), centred. Some
 * window managers (openbox) map a new window at its minimum size unless the stage is sized
 * explicitly, which opened the workbench at 718 x 375.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width
 * @param height height
 */
record WindowGeometry(double x, double y, double width, double height) {
    /** The first size asked for. */
    static final double FIRST_WIDTH = 1240;
    static final double FIRST_HEIGHT = 760;
    /** The smallest window the layout is made for. */
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 400;

    /** @return the first-start geometry on a screen whose visible area is {@code screen}: centred, at most the screen */
    static WindowGeometry first(Rectangle2D screen) {
        double width = Math.min(FIRST_WIDTH, screen.getWidth());
        double height = Math.min(FIRST_HEIGHT, screen.getHeight());
        return new WindowGeometry(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    /**
     * @param saved   the geometry saved at the last close, or null
     * @param screens the visible areas of the screens now
     * @return {@code saved} when it is at least the minimum size and its title bar is on a screen now; else {@link #first}
     */
    static WindowGeometry restore(WindowGeometry saved, java.util.List<Rectangle2D> screens) {
        if (saved != null && saved.width() >= MIN_WIDTH && saved.height() >= MIN_HEIGHT) {
            for (Rectangle2D screen : screens) {
                // The title bar (its first 40 px) must be reachable to move the window back.
                if (screen.intersects(saved.x(), saved.y(), saved.width(), 40)) return saved;
            }
        }
        return first(screens.isEmpty() ? new Rectangle2D(0, 0, FIRST_WIDTH, FIRST_HEIGHT) : screens.get(0));
    }

    /** Reads a geometry saved by {@link #save}; null when none or unreadable. */
    static WindowGeometry load(java.util.prefs.Preferences preferences) {
        double width = preferences.getDouble("window.width", -1);
        double height = preferences.getDouble("window.height", -1);
        if (width <= 0 || height <= 0) return null;
        return new WindowGeometry(preferences.getDouble("window.x", 0), preferences.getDouble("window.y", 0), width, height);
    }

    /** Saves this geometry (best effort: a read-only preference store is ignored). */
    void save(java.util.prefs.Preferences preferences) {
        preferences.putDouble("window.x", x);
        preferences.putDouble("window.y", y);
        preferences.putDouble("window.width", width);
        preferences.putDouble("window.height", height);
        try {
            preferences.flush();
        } catch (java.util.prefs.BackingStoreException | SecurityException e) {
            // Geometry is a convenience: losing it must never stop the workbench from closing.
        }
    }
}
