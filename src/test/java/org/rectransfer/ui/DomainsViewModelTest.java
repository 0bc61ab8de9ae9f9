package org.rectransfer.ui;

import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.analysis.Kld;
import org.rectransfer.analysis.RelatednessMatrix;
import org.rectransfer.data.ActivityHistogram;
import org.rectransfer.data.DomainStats;
import org.rectransfer.data.io.DataFormat;
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

    @Test
    void addedFilesAndFoldersAppearWithTheirStatisticsOnceEachAndABadFileWithItsError() throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        DomainFixtures.write(samples.resolve("Book-tiny.tsv"), 3, 25, 2, 5);
        Path mine = Files.createDirectories(dir.resolve("mine"));
        DomainFixtures.write(mine.resolve("Kindle-mine.tsv"), 2, 22, 1, 3);
        DomainFixtures.writeGzip(mine.resolve("Garden-mine.tsv.gz"), 1, 30, 0, 0);
        Files.writeString(mine.resolve("Toy-bad.tsv"), "user\titem\tseq\nu1\ti1\t1\ngarbage\n");
        Files.writeString(mine.resolve("notes.md"), "not a domain");
        DomainsViewModel model = load(new DomainsViewModel(samples, dir.resolve("ws"), FilterSpec.DEFAULT, BACKGROUND));

        List<DomainRow> added = await(onFx(() -> model.add(List.of(mine.resolve("Kindle-mine.tsv")))));
        assertThat(added).extracting(DomainRow::name).containsExactly("Kindle");
        DomainRow kindle = row(model, "Kindle");
        assertThat(kindle.raw()).isEqualTo(new DomainStats("Kindle", 3, 26, 47, 1 - 47.0 / (3 * 26)));
        assertThat(kindle.filtered()).isEqualTo(new DomainStats("Kindle", 2, 23, 44, 1 - 44.0 / (2 * 23)));
        assertThat(kindle.settings()).isEqualTo(DomainSettings.DEFAULT);
        assertThat(onFx(model::getStatus)).isEqualTo("Added Kindle (Kindle-mine.tsv)");

        await(onFx(() -> model.add(List.of(mine))));
        assertThat(onFx(() -> List.copyOf(model.rows()))).extracting(DomainRow::name)
                .containsExactly("Book", "Garden", "Kindle", "Toy");
        DomainRow toy = row(model, "Toy");
        assertThat(toy.isFailed()).isTrue();
        assertThat(toy.notes()).startsWith("Toy-bad.tsv:3: ").doesNotContain("\n");
        assertThat(onFx(model::getStatus)).startsWith("Added 2 domains; 1 could not be read: Toy-bad.tsv:3");
        assertThat(row(model, "Garden").filtered().interactions()).isEqualTo(30);
        assertThat(onFx(model::getSummary)).isEqualTo("4 domains · 149 interactions after filter (162 raw) · 1 failed");
    }

    @Test
    void workGivenWhileALoadRunsWaitsItsTurnAndAFileListedAlreadyIsNotAddedTwice() throws Exception {
        DomainFixtures.writeStandardSet(dir);
        Path mine = Files.createDirectories(dir.resolve("mine")).resolve("Kindle-mine.tsv");
        DomainFixtures.write(mine, 2, 22, 0, 0);
        DomainsViewModel model = new DomainsViewModel(dir, dir.resolve("ws"), FilterSpec.DEFAULT, BACKGROUND);
        // Book is added while the first load, which lists it, is still waiting: it is shown once.
        List<Task<?>> tasks = onFx(() -> List.of(model.refresh(), model.add(List.of(mine, dir.resolve("Book-tiny.tsv"))), model.refresh()));
        assertThat(tasks.get(2)).isSameAs(tasks.get(0));   // a refresh waiting already is not queued twice
        await(tasks.get(0));
        await(tasks.get(1));
        assertThat(onFx(() -> List.copyOf(model.rows()))).extracting(DomainRow::name)
                .containsExactly("Book", "Broken", "Kindle", "Movie", "Office");
        assertThat(onFx(model::isBusy)).isFalse();

        List<DomainRow> again = await(onFx(() -> model.add(List.of(mine, dir.resolve("Book-tiny.tsv")))));
        assertThat(again).isEmpty();
        assertThat(onFx(model::getStatus)).startsWith("Nothing added");
        assertThat(onFx(() -> model.rows().size())).isEqualTo(5);
    }

    @Test
    void removeTakesTheDomainOffTheListAndTheLabsPickersButLeavesTheFile() throws Exception {
        DomainFixtures.writeStandardSet(dir);
        Path mine = Files.createDirectories(dir.resolve("mine")).resolve("Kindle-mine.tsv");
        DomainFixtures.write(mine, 2, 22, 0, 0);
        DomainsViewModel model = load(new DomainsViewModel(dir, dir.resolve("ws"), FilterSpec.DEFAULT, BACKGROUND));
        javafx.collections.ObservableList<Path> lab = javafx.collections.FXCollections.observableArrayList(DomainFiles.in(dir));
        onFx(() -> { model.offerTo(lab); return null; });
        await(onFx(() -> model.add(List.of(mine))));
        assertThat(onFx(() -> List.copyOf(lab))).hasSize(5).contains(mine);

        await(onFx(() -> model.remove(row(model, "Kindle"))));
        assertThat(onFx(() -> List.copyOf(model.rows()))).extracting(DomainRow::name).doesNotContain("Kindle");
        assertThat(onFx(() -> List.copyOf(lab))).hasSize(4).doesNotContain(mine);
        assertThat(mine).exists();
        assertThat(onFx(model::getStatus)).isEqualTo("Removed Kindle (Kindle-mine.tsv) from the list; the file is left alone");

        load(model);
        assertThat(onFx(() -> List.copyOf(model.rows()))).extracting(DomainRow::name).doesNotContain("Kindle");
    }

    @Test
    void applyingAnotherFilterOrFormatReadsTheDomainAgain() throws Exception {
        DomainFixtures.writeStandardSet(dir);
        DomainsViewModel model = load(new DomainsViewModel(dir, dir.resolve("ws"), FilterSpec.DEFAULT, BACKGROUND));
        javafx.collections.ObservableMap<Path, org.rectransfer.study.DomainReading> labReadings = javafx.collections.FXCollections.observableHashMap();
        onFx(() -> {
            model.offerTo(javafx.collections.FXCollections.observableArrayList(), labReadings);
            model.selectedProperty().set(row(model, "Book"));
            return null;
        });
        Path bookKey = dir.resolve("Book-tiny.tsv").toAbsolutePath().normalize();
        assertThat(onFx(() -> labReadings.get(bookKey))).isEqualTo(org.rectransfer.study.DomainReading.DEFAULT);
        assertThat(onFx(() -> model.editMinUserProperty().get())).isEqualTo(20);
        onFx(() -> {
            model.editMinUserProperty().set(0);
            model.editMinItemProperty().set(2);
            return null;
        });
        await(onFx(model::applySettings));
        DomainRow book = row(model, "Book");
        FilterSpec edited = new FilterSpec(0, 2, false);
        assertThat(book.settings()).isEqualTo(new DomainSettings(DataFormat.AUTO, edited));
        // The lab trains on Book as it is now listed.
        assertThat(onFx(() -> labReadings.get(bookKey))).isEqualTo(
                new org.rectransfer.study.DomainReading(org.rectransfer.data.io.ReadOptions.DEFAULT, edited));
        org.rectransfer.data.Dataset raw = org.rectransfer.data.io.DomainLoader.load(
                new org.rectransfer.data.io.DomainSource("Book", dir.resolve("Book-tiny.tsv")), org.rectransfer.data.io.ReadOptions.DEFAULT).dataset();
        assertThat(book.filtered()).isEqualTo(DomainStats.of(org.rectransfer.data.Filters.apply(raw, edited)));
        assertThat(book.filtered().items()).isEqualTo(30);   // i0 and i26 are taken once only
        assertThat(book.raw()).isEqualTo(new DomainStats("Book", 5, 32, 85, 1 - 85.0 / (5 * 32)));
        assertThat(onFx(() -> model.selectedProperty().get())).isEqualTo(book);
        assertThat(onFx(model::getStatus)).isEqualTo("Read Book again: auto · ≥ 2 per item");

        onFx(() -> {
            model.editFormatProperty().set(DataFormat.AMAZON_JSON);
            return null;
        });
        await(onFx(model::applySettings));
        assertThat(row(model, "Book").isFailed()).isTrue();
        assertThat(onFx(model::getStatus)).startsWith("Could not read Book-tiny.tsv as amazon-json: ");
    }

    @Test
    void theListComesBackFromTheWorkspaceOnTheNextStart() throws Exception {
        DomainFixtures.writeStandardSet(dir);
        Path mine = Files.createDirectories(dir.resolve("mine"));
        DomainFixtures.write(mine.resolve("Kindle-mine.tsv"), 2, 22, 0, 0);
        DomainFixtures.write(mine.resolve("Garden-mine.tsv"), 1, 25, 0, 0);
        Path workspace = dir.resolve("ws");
        DomainsViewModel first = load(new DomainsViewModel(dir, workspace, FilterSpec.DEFAULT, BACKGROUND));
        await(onFx(() -> first.add(List.of(mine))));
        onFx(() -> {
            first.selectedProperty().set(row(first, "Kindle"));
            first.editKcoreProperty().set(true);
            first.editMinUserProperty().set(5);
            return null;
        });
        await(onFx(first::applySettings));
        await(onFx(() -> first.remove(row(first, "Garden"))));

        DomainsViewModel next = load(new DomainsViewModel(dir, workspace, FilterSpec.DEFAULT, BACKGROUND));
        assertThat(onFx(() -> List.copyOf(next.rows()))).extracting(DomainRow::name)
                .containsExactly("Book", "Broken", "Kindle", "Movie", "Office");
        assertThat(row(next, "Kindle").settings()).isEqualTo(new DomainSettings(DataFormat.AUTO, new FilterSpec(5, 0, true)));
        assertThat(row(next, "Kindle").filtered().interactions()).isEqualTo(44);
        try (org.rectransfer.store.Workspace store = org.rectransfer.store.Workspace.open(workspace)) {
            assertThat(org.rectransfer.store.SavedDomains.list(store)).extracting(d -> d.path().getFileName().toString())
                    .containsExactly("Kindle-mine.tsv");
        }
    }

    @Test
    void theRelatednessOfThreeDomainsIsAnalysisKldOfTheirFilteredHistograms() throws Exception {
        DomainFixtures.write(dir.resolve("Book-tiny.tsv"), 3, 25, 2, 5);
        DomainFixtures.write(dir.resolve("Office-tiny.tsv"), 4, 21, 4, 3);
        DomainFixtures.write(dir.resolve("Kindle-tiny.tsv"), 2, 40, 0, 0);
        DomainsViewModel model = load(new DomainsViewModel(dir, FilterSpec.NONE, BACKGROUND));

        RelatednessMatrix matrix = await(onFx(model::computeRelatedness));
        assertThat(matrix.names()).containsExactly("Book", "Kindle", "Office");
        for (String s : matrix.names()) {
            for (String t : matrix.names()) {
                double expected = s.equals(t) ? 0 : Kld.between(histogram(dir, s), histogram(dir, t));
                assertThat(matrix.kld(s, t)).as(s + " -> " + t).isEqualTo(expected);
            }
        }
        assertThat(matrix.kld("Book", "Kindle")).isPositive().isNotEqualTo(matrix.kld("Kindle", "Book"));
        assertThat(onFx(() -> model.relatednessChartProperty().get())).isNotNull();
        assertThat(onFx(() -> model.relatednessNoteProperty().get())).isEqualTo("KLD of 3 domains (6 ordered pairs)");
    }

    @Test
    void theRealOfficeDomainOfAmazonIsAddedWithItsTable2Statistics() throws Exception {
        Path office = Path.of("/work/shared/data/amazon/Office-2014.tsv.gz");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(office), "no Amazon data on this machine");
        Files.createDirectories(dir.resolve("empty"));
        DomainsViewModel model = load(new DomainsViewModel(dir.resolve("empty"), dir.resolve("ws"), FilterSpec.DEFAULT, BACKGROUND));
        await(onFx(() -> model.add(List.of(office))));
        DomainRow row = row(model, "Office");
        org.rectransfer.data.Dataset raw = org.rectransfer.data.io.DomainLoader.load(
                new org.rectransfer.data.io.DomainSource("Office", office), org.rectransfer.data.io.ReadOptions.DEFAULT).dataset();
        assertThat(row.isFailed()).isFalse();
        assertThat(row.raw()).isEqualTo(DomainStats.of(raw));
        assertThat(row.filtered()).isEqualTo(DomainStats.of(org.rectransfer.data.Filters.apply(raw, FilterSpec.DEFAULT)));
        assertThat(row.filtered().users()).isPositive();
    }

    private static ActivityHistogram histogram(Path dir, String name) {
        Path file = dir.resolve(name + "-tiny.tsv");
        return ActivityHistogram.of(org.rectransfer.data.io.DomainLoader.load(
                new org.rectransfer.data.io.DomainSource(name, file), org.rectransfer.data.io.ReadOptions.DEFAULT).dataset());
    }

    private static DomainRow row(DomainsViewModel model, String name) {
        return onFx(() -> model.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
    }

    /** Waits for {@code task} and for its result to be shown; @return its value */
    private static <T> T await(Task<T> task) throws Exception {
        awaitDone(task);
        return task.get();
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
