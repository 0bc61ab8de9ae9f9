package org.rectransfer.cli;

import picocli.CommandLine.Command;

/** {@code rectransfer analyze}: relatedness and neuron importance. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Relatedness (KLD) of domains, neuron importance, and same- against other-world gains.",
        subcommands = {AnalyzeRelatednessCommand.class, AnalyzeImportanceCommand.class, AnalyzeWorldsCommand.class})
public final class AnalyzeCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
