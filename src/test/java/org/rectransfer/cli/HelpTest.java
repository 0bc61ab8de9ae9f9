package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command has --help, and it prints cleanly (no picocli warning about its text). */
class HelpTest {
    private static void collect(CommandLine command, List<List<String>> paths, List<String> prefix) {
        for (CommandLine sub : command.getSubcommands().values()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(sub.getCommandName());
            if (!paths.contains(path)) paths.add(path);
            collect(sub, paths, path);
        }
    }

    @Test
    void everyCommandsHelpPrintsWithoutWarnings() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new RecTransferCommand()), paths, List.of());
        assertThat(paths).extracting(p -> String.join(" ", p)).contains("report gains", "sweep", "train", "analyze importance");
        java.io.PrintStream realErr = System.err;
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            // picocli's own warnings go to System.err, not to the command's writers.
            java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
            CliRun run;
            System.setErr(new java.io.PrintStream(stray, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                run = CliRun.of(args.toArray(String[]::new));
            } finally {
                System.setErr(realErr);
            }
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out() + run.err() + stray).as(String.join(" ", args)).contains("Usage:").doesNotContain("WARN");
        }
    }
}
