package org.rectransfer.train;

/** The loss became NaN or infinite: the run cannot go on and its numbers mean nothing. */
public class TrainingDivergedException extends RuntimeException {
    /** @param message one line saying where it happened and what to try */
    public TrainingDivergedException(String message) {
        super(message);
    }
}
