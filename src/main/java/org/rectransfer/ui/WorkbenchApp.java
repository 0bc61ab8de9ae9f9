package org.rectransfer.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.rectransfer.store.Workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench window. Started by {@link WorkbenchLauncher}, which passes the sample-data
 * folder as the named parameter {@code --sample-data=DIR}; tests construct it with the folder.
 */
public final class WorkbenchApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
    /** The named launch parameter holding the sample-data folder. */
    static final String SAMPLE_DATA = "sample-data";
    /** The named launch parameter holding the workspace folder (default: the command line's). */
    static final String WORKSPACE = "workspace";
    static final String TITLE = "RecTransfer Workbench";

    private final Path configuredDirectory;
    private final Path configuredWorkspace;
    private ExecutorService background;
    private ExecutorService training;
    private ExecutorService sweeps;
    private ResultsViewModel results;

    /** Used by {@link Application#launch}: the folder comes from the launch parameters. */
    public WorkbenchApp() {
        this(null, null);
    }

    /** @param sampleDataDir the folder whose domain files the first screen lists */
    public WorkbenchApp(Path sampleDataDir) {
        this(sampleDataDir, null);
    }

    /**
     * @param sampleDataDir the folder whose domain files the screens list
     * @param workspaceDir  where the transfer lab records its runs (null: the default workspace)
     */
    public WorkbenchApp(Path sampleDataDir, Path workspaceDir) {
        this.configuredDirectory = sampleDataDir;
        this.configuredWorkspace = workspaceDir;
    }

    @Override
    public void start(Stage stage) {
        background = worker("workbench-background");
        training = worker("workbench-training");
        sweeps = worker("workbench-sweeps");
        DomainsViewModel domains = new DomainsViewModel(sampleDataDir(), workspaceDir(), org.rectransfer.data.FilterSpec.DEFAULT, background);
        TransferLabViewModel lab = new TransferLabViewModel(domainFiles(), workspaceDir(), training);
        domains.offerTo(lab.domains(), lab.readings());
        results = new ResultsViewModel(workspaceDir(), domainFiles(), background, sweeps);
        RunsViewModel runs = new RunsViewModel(workspaceDir(), background);
        TabPane tabs = new TabPane(tab("domains-tab", "Domains", new DomainsView(domains)),
                tab("lab-tab", "Transfer lab", new TransferLabView(lab)),
                tab("results-tab", "Results", new ResultsView(results)),
                tab("runs-tab", "Runs", new RunsView(runs)));
        // The results are read when shown, and followed while shown, as sweeps may run meanwhile; the runs are read when shown.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            results.setShown(after != null && "results-tab".equals(after.getId()));
            if (after != null && "runs-tab".equals(after.getId())) runs.refresh();
        });
        runs.setLab(setup -> {
            var problem = lab.show(setup.source(), setup.target(), setup.plan());
            if (problem.isEmpty()) {
                tabs.getTabs().stream().filter(tab -> "lab-tab".equals(tab.getId())).findFirst().ifPresent(tabs.getSelectionModel()::select);
            }
            return problem;
        });
        tabs.setId("tabs");
        DomainsView.acceptDrops(tabs, domains);   // files dropped anywhere in the window join the domain list
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(tabs);
        root.setTop(WorkbenchMenu.create(root, tabs, lab, results, userPreferences(), () -> requestClose(lab, stage)));
        Scene scene = new Scene(root, WindowGeometry.FIRST_WIDTH, WindowGeometry.FIRST_HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(
                WorkbenchApp.class.getResource("workbench.css"), "workbench.css").toExternalForm());
        stage.setTitle(TITLE);
        var icon = WorkbenchApp.class.getResource("assets/rectransfer.png");
        if (icon != null) stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        stage.setScene(scene);
        stage.setMinWidth(WindowGeometry.MIN_WIDTH);
        stage.setMinHeight(WindowGeometry.MIN_HEIGHT);
        placeWindow(stage);
        rememberLab(lab, stage);
        rememberTab(tabs, stage);
        stage.setOnCloseRequest(event -> {
            event.consume();
            requestClose(lab, stage);
        });
        Notifier notifier = new Notifier(stage, () -> root.getStyleClass().contains("dark"));
        for (var notices : List.of(domains.notices(), lab.notices(), results.notices(), runs.notices())) notifier.follow(notices);
        stage.show();
        domains.refresh();
    }

    /**
     * Sizes the stage explicitly (where it was last closed, else a sensible first size) and
     * remembers its geometry when it closes; tests ({@code -Drectransfer.rememberWindow=false})
     * neither read nor write the user's preferences.
     */
    private static void placeWindow(Stage stage) {
        java.util.prefs.Preferences preferences = userPreferences();
        List<javafx.geometry.Rectangle2D> screens = javafx.stage.Screen.getScreens().stream()
                .map(javafx.stage.Screen::getVisualBounds).toList();
        WindowGeometry geometry = WindowGeometry.restore(preferences == null ? null : WindowGeometry.load(preferences), screens);
        Runnable apply = () -> {
            stage.setX(geometry.x());
            stage.setY(geometry.y());
            stage.setWidth(geometry.width());
            stage.setHeight(geometry.height());
        };
        apply.run();
        // Openbox maps a new GTK window at its minimum size whatever was asked before show(); asking
        // again once it is shown is what makes it take the size.
        stage.setOnShown(event -> javafx.application.Platform.runLater(apply));
        if (preferences != null) {
            stage.setOnHidden(event -> new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()).save(preferences));
        }
    }

    /**
     * Closing while the lab trains asks first; "Stop and close" cancels the run and closes once every
     * seed has stopped and its unfinished runs are recorded failed, so nothing is left 'running'.
     */
    private static void askToStopAndClose(TransferLabViewModel lab, Stage stage) {
        javafx.scene.control.ButtonType stop = new javafx.scene.control.ButtonType("Stop and close",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType keep = new javafx.scene.control.ButtonType("Keep training",
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "Finished runs stay in the workspace; the runs still training are stopped and recorded as failed.", stop, keep);
        ask.initOwner(stage);
        ask.setTitle(TITLE);
        ask.setHeaderText("A transfer run is training. Stop it and close?");
        ask.getDialogPane().lookupButton(stop).setId("stop-and-close");
        ask.getDialogPane().lookupButton(keep).setId("keep-training");
        if (ask.showAndWait().filter(stop::equals).isEmpty()) return;
        lab.busyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean before, Boolean busy) {
                if (busy) return;
                lab.busyProperty().removeListener(this);
                stage.close();
            }
        });
        lab.cancel();
    }

    /** @return the Results view model, for tests */
    ResultsViewModel resultsForTests() {
        return results;
    }

    /** Closes the window, asking first while the lab trains (the window's close button and File → Quit). */
    private static void requestClose(TransferLabViewModel lab, Stage stage) {
        if (lab.busyProperty().get()) {
            askToStopAndClose(lab, stage);
        } else {
            stage.close();
        }
    }

    /** The tab shown when the window closed is shown again next time (not in tests). */
    private static void rememberTab(TabPane tabs, Stage stage) {
        java.util.prefs.Preferences preferences = userPreferences();
        if (preferences == null) return;
        String shown = preferences.get("tab", null);
        tabs.getTabs().stream().filter(tab -> tab.getId().equals(shown)).findFirst().ifPresent(tabs.getSelectionModel()::select);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN,
                event -> preferences.put("tab", tabs.getSelectionModel().getSelectedItem().getId()));
    }

    /** The lab's choices of the last session come back, and are kept when the window closes (not in tests). */
    private static void rememberLab(TransferLabViewModel lab, Stage stage) {
        java.util.prefs.Preferences preferences = userPreferences();
        if (preferences == null) return;
        LabMemory.restore(lab, preferences);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, event -> LabMemory.save(lab, preferences));
    }

    /** @return the user's preferences of the workbench; null in tests, which must neither read nor change them */
    static java.util.prefs.Preferences userPreferences() {
        boolean remember = !"false".equals(System.getProperty("rectransfer.rememberWindow"))
                && !Boolean.getBoolean("testfx.headless");
        return remember ? java.util.prefs.Preferences.userNodeForPackage(WorkbenchApp.class) : null;
    }

    @Override
    public void stop() {
        // A sweep started here stops between batches (its runs recorded failed) rather than being cut off mid-write.
        if (results != null) results.shutdown();
        if (sweeps != null) sweeps.shutdown();
        if (background != null) background.shutdownNow();
        if (training != null) training.shutdownNow();
    }

    private Path sampleDataDir() {
        if (configuredDirectory != null) return configuredDirectory;
        Parameters parameters = getParameters();
        String named = parameters == null ? null : parameters.getNamed().get(SAMPLE_DATA);
        return Path.of(named == null ? "sample-data" : named);
    }

    private Path workspaceDir() {
        if (configuredWorkspace != null) return configuredWorkspace;
        Parameters parameters = getParameters();
        String named = parameters == null ? null : parameters.getNamed().get(WORKSPACE);
        return named == null ? Workspace.defaultDir() : Path.of(named);
    }

    /** The files the lab offers; an unreadable folder offers none (the domains screen says why). */
    private List<Path> domainFiles() {
        try {
            return DomainFiles.in(sampleDataDir());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /**
     * One daemon thread running tasks one at a time. A screen shows a failed task's message in one
     * line; its stack trace, which nothing else shows, is logged here.
     */
    private static ExecutorService worker(String name) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), work -> daemon(work, name)) {
            @Override
            protected void afterExecute(Runnable work, Throwable thrown) {
                super.afterExecute(work, thrown);
                logFailure(work, thrown);
            }
        };
    }

    /**
     * Logs at ERROR, with its stack trace, why {@code work} failed: {@code thrown} when it escaped,
     * else the failure a finished {@link Future} (a JavaFX {@code Task}) holds; cancelled work is no failure.
     */
    static void logFailure(Runnable work, Throwable thrown) {
        Throwable failure = thrown;
        if (failure == null && work instanceof Future<?> future && future.isDone() && !future.isCancelled()) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failure = e.getCause() == null ? e : e.getCause();
            } catch (CancellationException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) LOG.error("background task {} failed: {}", work.getClass().getName(), failure.toString(), failure);
    }

    /** Daemon threads, so that closing the window never waits for work in flight. */
    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
