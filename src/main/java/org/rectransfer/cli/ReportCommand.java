package org.rectransfer.cli;

import picocli.CommandLine.Command;

/** {@code rectransfer report}: tables of a sweep. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Tables of a sweep's results.",
        subcommands = {ReportGainsCommand.class, ReportTargetsCommand.class})
public final class ReportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
