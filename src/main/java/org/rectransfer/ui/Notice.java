package org.rectransfer.ui;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something a screen tells the user once, beside its status line: a file written (with its path,
 * which the notification offers to copy) or an error in one line (a bad file, a failed run).
 *
 * @param level whether it reports a success or an error
 * @param text  one line
 * @param file  the file the notice is about, or null
 */
public record Notice(Level level, String text, Path file) {
    /** How the notification looks. */
    public enum Level { INFO, ERROR }

    public Notice {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }

    /** @return a success notice about {@code file} */
    static Notice wrote(String text, Path file) {
        return new Notice(Level.INFO, text, file.toAbsolutePath());
    }

    /** @return an error notice */
    static Notice error(String text) {
        return new Notice(Level.ERROR, text, null);
    }
}
