package org.rectransfer.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The workbench window. Started by {@link WorkbenchLauncher}, which passes the sample-data
 * folder as the named parameter {@code --sample-data=DIR}; tests construct it with the folder.
 */
public final class WorkbenchApp extends Application {
    /** The named launch parameter holding the sample-data folder. */
    static final String SAMPLE_DATA = "sample-data";
    static final String TITLE = "RecTransfer Workbench";

    private final Path configuredDirectory;
    private ExecutorService background;

    /** Used by {@link Application#launch}: the folder comes from the launch parameters. */
    public WorkbenchApp() {
        this(null);
    }

    /** @param sampleDataDir the folder whose domain files the first screen lists */
    public WorkbenchApp(Path sampleDataDir) {
        this.configuredDirectory = sampleDataDir;
    }

    @Override
    public void start(Stage stage) {
        background = Executors.newSingleThreadExecutor(WorkbenchApp::backgroundThread);
        DomainsViewModel domains = new DomainsViewModel(sampleDataDir(), background);
        Scene scene = new Scene(new DomainsView(domains), 1240, 720);
        scene.getStylesheets().add(Objects.requireNonNull(
                WorkbenchApp.class.getResource("workbench.css"), "workbench.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(400);
        stage.show();
        domains.refresh();
    }

    @Override
    public void stop() {
        if (background != null) background.shutdownNow();
    }

    private Path sampleDataDir() {
        if (configuredDirectory != null) return configuredDirectory;
        Parameters parameters = getParameters();
        String named = parameters == null ? null : parameters.getNamed().get(SAMPLE_DATA);
        return Path.of(named == null ? "sample-data" : named);
    }

    /** Daemon threads, so that closing the window never waits for a load in flight. */
    private static Thread backgroundThread(Runnable work) {
        Thread thread = new Thread(work, "workbench-background");
        thread.setDaemon(true);
        return thread;
    }
}
