package org.rectransfer.cli;

/** A command line that parses but makes no sense, e.g. an unknown config name: exit code 2. */
public class UsageException extends RuntimeException {
    /** @param message one line saying what is wrong and what is accepted */
    public UsageException(String message) {
        super(message);
    }
}
