package org.rectransfer.ui;

import javafx.application.Application;

import java.nio.file.Path;

/**
 * Opens the workbench from code that must not depend on JavaFX types, such as
 * {@code org.rectransfer.Main} when the command line has no command.
 */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() { }

    /**
     * Opens the workbench window and returns when it is closed.
     *
     * @param sampleDataDir the folder of domain files the first screen lists
     */
    public static void launch(Path sampleDataDir) {
        Application.launch(WorkbenchApp.class, arguments(sampleDataDir));
    }

    /** @return the launch parameters that hand {@code sampleDataDir} to {@link WorkbenchApp} */
    static String[] arguments(Path sampleDataDir) {
        String folder = sampleDataDir.toAbsolutePath().normalize().toString();
        return new String[] {"--" + WorkbenchApp.SAMPLE_DATA + "=" + folder};
    }
}
