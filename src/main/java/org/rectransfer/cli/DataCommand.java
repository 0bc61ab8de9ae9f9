package org.rectransfer.cli;

import picocli.CommandLine.Command;

/** {@code rectransfer data}: look at and generate domain files. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Inspect data files and generate the synthetic sample domains.",
        subcommands = {DataStatsCommand.class, DataSynthCommand.class})
public final class DataCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
