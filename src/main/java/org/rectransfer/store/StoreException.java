package org.rectransfer.store;

/** The workspace could not be read or written (disk full, locked database, permissions). */
public class StoreException extends RuntimeException {
    /** @param message one line naming the workspace and the problem */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
