package org.rectransfer.data.io;

import org.rectransfer.data.InteractionSink;

/** Turns one non-blank data line into one interaction. */
interface LineParser {
    /**
     * @param line       the line, never blank
     * @param lineNumber its 1-based number, the order key when the format has no time
     * @param sink       receives the interaction
     * @throws BadLineException when the line is malformed
     */
    void parse(String line, long lineNumber, InteractionSink sink) throws BadLineException;
}
