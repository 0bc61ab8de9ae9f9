package org.rectransfer.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code rectransfer} command; docs/cli.md is the contract. */
@Command(name = "rectransfer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Transfer learning in neural recommender systems.",
                "Run without a command to open the workbench."},
        subcommands = {DataCommand.class, TrainCommand.class, TransferCommand.class, LabCommand.class, ChooseCommand.class, ExportPackageCommand.class, SweepCommand.class, ReportCommand.class, AnalyzeCommand.class, FigureCommand.class, BenchCommand.class})
public final class RecTransferCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    // Global options, accepted before or after any subcommand (picocli copies them to each);
    // Cli reads them from the parse result (Verbosity.of), which counts -v wherever it stands.
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = {"Log on stderr what the command does: files read, runs, sweeps (-vv: maintainer detail too)."})
    boolean[] verbose = new boolean[0];

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = {"Print errors only on stderr: no progress lines, no warnings."})
    boolean quiet;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
