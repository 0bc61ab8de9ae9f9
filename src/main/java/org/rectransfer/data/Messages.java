package org.rectransfer.data;

/** Error messages as every part of the application shows them: one line. */
public final class Messages {
    private Messages() { }

    /** @return {@code message} on one line (line breaks and the blanks around them become one space); "" for null */
    public static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
