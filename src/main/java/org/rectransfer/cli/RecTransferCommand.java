package org.rectransfer.cli;

import picocli.CommandLine.Command;

/** The top-level {@code rectransfer} command; see DESIGN §8 for the contract. */
@Command(name = "rectransfer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Transfer learning in neural recommender systems.",
                "Run without a command to open the workbench."},
        subcommands = {DataCommand.class, TrainCommand.class, TransferCommand.class, LabCommand.class, ChooseCommand.class, ExportPackageCommand.class, SweepCommand.class, ReportCommand.class, AnalyzeCommand.class, FigureCommand.class, BenchCommand.class})
public final class RecTransferCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
