package org.rectransfer.data.split;

/** Which interaction of a user leave-one-out holds out for testing. */
public enum HoldOut {
    /** One interaction chosen at random (the paper's protocol). */
    RANDOM,
    /** The user's latest interaction by time or order key (ties: the last in row order). */
    LATEST
}
