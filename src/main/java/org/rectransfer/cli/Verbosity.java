package org.rectransfer.cli;

import ch.qos.logback.classic.Level;
import java.io.PrintWriter;
import java.io.Writer;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * How much a command says on stderr besides its errors: the level of the {@code org.rectransfer}
 * loggers (logback, stderr) and whether the command's own progress lines are printed.
 *
 * <ul>
 *   <li>default: warnings (recovery actions such as a dead process's claim taken over) and the
 *       progress lines;</li>
 *   <li>{@code --verbose}: also what runs and sweeps do (INFO); {@code -vv}: maintainer detail (DEBUG);</li>
 *   <li>{@code --quiet}: errors only; no progress lines, no warnings.</li>
 * </ul>
 *
 * @param verbose how often {@code --verbose} was given
 * @param quiet   whether {@code --quiet} was given
 */
record Verbosity(int verbose, boolean quiet) {
    /** The logger whose level the options set: every logger of the application. */
    static final String LOGGER = "org.rectransfer";

    /**
     * @return what the global options of {@code parsed} ask for, counting {@code -v} on the top
     *         command and on the subcommands alike ({@code -v train ... -v} is {@code -vv})
     */
    static Verbosity of(ParseResult parsed) {
        int verbose = 0;
        boolean quiet = false;
        for (ParseResult level = parsed; level != null; level = level.hasSubcommand() ? level.subcommand() : null) {
            for (ArgSpec arg : level.matchedArgs()) {
                if (!(arg instanceof OptionSpec option)) continue;
                if (option.longestName().equals("--verbose")) verbose++;
                if (option.longestName().equals("--quiet")) quiet = true;
            }
        }
        return new Verbosity(verbose, quiet);
    }

    /** @return the level of the application's loggers */
    Level level() {
        if (quiet) return Level.ERROR;
        return switch (verbose) {
            case 0 -> Level.WARN;
            case 1 -> Level.INFO;
            default -> Level.DEBUG;
        };
    }

    /** Sets the application's loggers to {@link #level()} (a no-op when slf4j is not bound to logback). */
    void applyToLogging() {
        if (LoggerFactory.getLogger(LOGGER) instanceof ch.qos.logback.classic.Logger logger) logger.setLevel(level());
    }

    /** @return where the command prints its progress: {@code err}, or nowhere when quiet */
    PrintWriter progress(PrintWriter err) {
        return quiet ? new PrintWriter(Writer.nullWriter()) : err;
    }
}
