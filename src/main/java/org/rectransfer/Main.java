package org.rectransfer;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.rectransfer.cli.Cli;
import org.rectransfer.cli.ExitCodes;
import org.rectransfer.ui.WorkbenchLauncher;

/** Entry point: no arguments open the workbench, anything else is a command line. */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        if (args.length == 0) {
            openWorkbench();
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), false);
        System.exit(Cli.run(args, out, err));
    }

    private static void openWorkbench() {
        boolean headless = System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        if (headless) {
            System.err.println("rectransfer: no display to open the workbench on (DISPLAY is not set);"
                    + " run a command instead, e.g. ./rectransfer --help");
            System.exit(ExitCodes.BAD_INPUT);
        }
        try {
            WorkbenchLauncher.launch(Path.of(System.getProperty("rectransfer.sampleData", "sample-data")));
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // Typically a missing native toolkit (JavaFX needs GTK 3 on Linux): say so in one line.
            System.err.println("rectransfer: cannot open the workbench: " + e.getMessage()
                    + " (on Linux JavaFX needs GTK 3, e.g. the libgtk-3-0 package); commands still work, see ./rectransfer --help");
            System.exit(ExitCodes.FAILURE);
        }
    }
}
