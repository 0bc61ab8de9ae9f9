package org.rectransfer.ui;

import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.data.DomainStats;
import org.rectransfer.data.FilterSpec;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The domains view model on real files, without a window: the FX toolkit only runs its events. */
class DomainsViewModelTest {
    private static final Executor BACKGROUND = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "test-background");
        thread.setDaemon(true);
        return thread;
    });

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test of this JVM started it.
        }
        Platform.setImplicitExit(false);
    }

    @Test
    void loadsEveryDomainWithItsCountsBeforeAndAfterTheDefaultFilter() throws Exception {
        DomainFixtures.writeStandardSet(dir);
        DomainsViewModel model = load(new DomainsViewModel(dir, BACKGROUND));

        List<DomainRow> rows = onFx(() -> List.copyOf(model.rows()));
        assertThat(rows).extracting(DomainRow::name).containsExactly("Book", "Broken", "Movie", "Office");
        DomainRow book = rows.get(0);
        assertThat(book.role()).isEqualTo(DomainRole.SOURCE);
        assertThat(book.fileName()).isEqualTo("Book-tiny.tsv");
        assertThat(book.raw()).isEqualTo(new DomainStats("Book", 5, 32, 85, 1 - 85.0 / (5 * 32)));
        assertThat(book.filtered()).isEqualTo(new DomainStats("Book", 3, 27, 75, 1 - 75.0 / (3 * 27)));
        assertThat(book.notes()).isEqualTo("delimited · 1 duplicate merged");
        DomainRow movie = rows.get(2);
        assertThat(movie.role()).isEqualTo(DomainRole.SOURCE);
        assertThat(movie.filtered()).isEqualTo(new DomainStats("Movie", 1, 30, 30, 0.0));
        assertThat(movie.notes()).isEqualTo("delimited");
        DomainRow office = rows.get(3);
        assertThat(office.role()).isEqualTo(DomainRole.TARGET);
        assertThat(office.raw()).isEqualTo(new DomainStats("Office", 6, 24, 52, 1 - 52.0 / (6 * 24)));
        assertThat(office.filtered()).isEqualTo(new DomainStats("Office", 2, 21, 40, 1 - 40.0 / (2 * 21)));
        assertThat(onFx(model::getSummary)).isEqualTo("4 domains · 145 interactions after filter (167 raw) · 1 failed");
        assertThat(onFx(model::isBusy)).isFalse();
    }

    @Test
    void aMalformedFileBecomesAnErrorRowNamingFileAndLineWhileTheOthersLoad() throws Exception {
        DomainFixtures.writeStandardSet(dir);
        DomainsViewModel model = load(new DomainsViewModel(dir, BACKGROUND));

        DomainRow broken = onFx(() -> model.rows().get(1));
        assertThat(broken.isFailed()).isTrue();
        assertThat(broken.raw()).isNull();
        assertThat(broken.notes()).isEqualTo(broken.error());
        assertThat(broken.role()).isEqualTo(DomainRole.TARGET);
        assertThat(broken.error()).startsWith("Broken-tiny.tsv:3: ").doesNotContain("\n");
        assertThat(onFx(model::getStatus)).isEqualTo("Loaded 3 of 4 domains; " + broken.error());
        assertThat(onFx(() -> model.rows().stream().filter(r -> !r.isFailed()).count())).isEqualTo(3);
    }

    @Test
    void loadingRunsOnTheExecutorAndNeverOnTheFxThread() throws Exception {
        DomainFixtures.writeStandardSet(dir);
        AtomicBoolean ranOnFxThread = new AtomicBoolean(true);
        AtomicBoolean busyWhileRunning = new AtomicBoolean(false);
        DomainsViewModel[] holder = new DomainsViewModel[1];
        Executor recording = work -> BACKGROUND.execute(() -> {
            ranOnFxThread.set(Platform.isFxApplicationThread());
            work.run();
        });
        holder[0] = new DomainsViewModel(dir, recording);
        Task<List<DomainRow>> task = onFx(() -> {
            Task<List<DomainRow>> started = holder[0].refresh();
            busyWhileRunning.set(holder[0].isBusy());
            return started;
        });
        awaitDone(task);
        assertThat(ranOnFxThread).isFalse();
        assertThat(busyWhileRunning).isTrue();
        assertThat(onFx(holder[0]::isBusy)).isFalse();
        assertThat(onFx(() -> holder[0].progressProperty().get())).isEqualTo(1.0);
    }

    @Test
    void refreshPicksUpNewFilesAndAppliesTheGivenFilter() throws Exception {
        DomainFixtures.write(dir.resolve("Kindle-x.tsv"), 2, 10, 1, 4);
        DomainsViewModel model = load(new DomainsViewModel(dir, new FilterSpec(5, 0, false), BACKGROUND));
        assertThat(onFx(() -> model.rows().get(0).filtered().users())).isEqualTo(2);
        assertThat(model.filterLabel()).isEqualTo("≥ 5 per user");

        DomainFixtures.write(dir.resolve("Garden.tsv"), 1, 6, 0, 0);
        load(model);
        assertThat(onFx(() -> List.copyOf(model.rows()))).extracting(DomainRow::name).containsExactly("Garden", "Kindle");
        assertThat(onFx(model::getStatus)).isEqualTo("Loaded 2 domains");
        assertThat(onFx(model::getSummary)).isEqualTo("2 domains · 26 interactions after filter (30 raw)");
    }

    @Test
    void aMissingFolderOrAnEmptyOneIsReportedInTheStatus() throws Exception {
        DomainsViewModel missing = load(new DomainsViewModel(dir.resolve("absent"), BACKGROUND));
        assertThat(onFx(missing::getStatus)).isEqualTo("Folder not found: " + dir.resolve("absent"));
        assertThat(onFx(() -> missing.rows().size())).isZero();

        Files.writeString(dir.resolve("notes.md"), "not a domain");
        DomainsViewModel empty = load(new DomainsViewModel(dir, BACKGROUND));
        assertThat(onFx(empty::getStatus)).isEqualTo("No domain files in " + dir);
        assertThat(onFx(empty::getSummary)).isEqualTo("0 domains · 0 interactions after filter (0 raw)");
    }

    @Test
    void theFilterLabelNamesEveryActiveThreshold() {
        assertThat(new DomainsViewModel(dir, BACKGROUND).filterLabel()).isEqualTo("≥ 20 per user");
        assertThat(new DomainsViewModel(dir, new FilterSpec(5, 3, true), BACKGROUND).filterLabel())
                .isEqualTo("≥ 5 per user, ≥ 3 per item, k-core");
        assertThat(new DomainsViewModel(dir, FilterSpec.NONE, BACKGROUND).filterLabel()).isEqualTo("no filter");
    }

    /** Starts the model's refresh command on the FX thread and waits until its results are shown. */
    private static DomainsViewModel load(DomainsViewModel model) throws Exception {
        awaitDone(onFx(model::refresh));
        return model;
    }

    private static void awaitDone(Task<?> task) throws Exception {
        try {
            task.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException failedLoad) {
            // The view model reports it in its status; the tests assert on that.
        }
        // The result reaches the view model through Platform.runLater, queued before get() returned.
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> task.isDone() && !task.isRunning()));
    }

    private static <T> T onFx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(30_000, read);
    }
}
