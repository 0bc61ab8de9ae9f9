package org.rectransfer.study;

/** A choice names something a study does not have (a source without results, say): the user's to correct. */
public final class UnknownChoiceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what was asked for and what there is */
    public UnknownChoiceException(String message) {
        super(message);
    }
}
