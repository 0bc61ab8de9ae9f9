package org.rectransfer.cli;

import java.io.PrintWriter;
import org.rectransfer.data.BadInputException;
import picocli.CommandLine;

/**
 * Runs one command line: parses it, runs the command and maps every failure to the exit codes
 * of docs/cli.md with a single line on stderr (a stack trace only with RECTRANSFER_DEBUG=1).
 * The global options --verbose and --quiet set the level of the application's logs (stderr)
 * and whether the command prints its progress there; errors are printed whatever they say.
 */
public final class Cli {
    private Cli() { }

    /** @return the exit code of running {@code args} */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new RecTransferCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        commandLine.setExecutionStrategy(parseResult -> {
            Verbosity verbosity = Verbosity.of(parseResult);
            if (verbosity.quiet() && verbosity.verbose() > 0) {
                throw new CommandLine.ParameterException(last(parseResult).commandSpec().commandLine(),
                        "--quiet and --verbose contradict each other: give one");
            }
            verbosity.applyToLogging();
            // The commands print progress and warnings on their command line's stderr; the
            // handlers below keep printing errors on err itself.
            commandLine.setErr(verbosity.progress(err));
            return runLast.execute(parseResult);
        });
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println("rectransfer: " + oneLine(ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            boolean badInput = ex instanceof BadInputException || ex instanceof UsageException
                    || ex instanceof org.rectransfer.study.NoSuchSweepException
                    || ex instanceof org.rectransfer.study.UnknownChoiceException
                    || ex instanceof org.rectransfer.store.SweepMismatchException
                    || ex instanceof org.rectransfer.store.NoSuchWorkspaceException
                    || ex instanceof org.rectransfer.store.NotAWorkspaceException
                    || ex instanceof org.rectransfer.model.MemoryBudget.ModelTooLargeException;
            err.println("rectransfer: " + oneLine(ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if ("1".equals(System.getenv("RECTRANSFER_DEBUG"))) ex.printStackTrace(err);
            err.flush();
            return badInput ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("rectransfer: out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB of heap); try a smaller"
                    + " --embedding or --batch, or more heap: RECTRANSFER_JAVA_OPTS=-Xmx12g");
            code = ExitCodes.FAILURE;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static CommandLine.ParseResult last(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult last = parseResult;
        while (last.hasSubcommand()) last = last.subcommand();
        return last;
    }

    static String oneLine(String message) {
        return org.rectransfer.data.Messages.oneLine(message);
    }
}
