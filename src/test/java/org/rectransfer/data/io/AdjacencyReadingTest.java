package org.rectransfer.data.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.data.Dataset;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectransfer.data.io.TestFiles.itemsOf;
import static org.rectransfer.data.io.TestFiles.load;
import static org.rectransfer.data.io.TestFiles.ordersOf;
import static org.rectransfer.data.io.TestFiles.text;

class AdjacencyReadingTest {
    /** LightGCN's train.txt shape; user 2 has no items. */
    private static final String TRAIN = "0 10 11 12\n1 11\n2\n\n3 12 10\n";

    @TempDir
    Path dir;

    @Test
    void userLinesAreDetectedAndReadInPositionOrder() {
        Path file = text(dir, "train.txt", TRAIN);

        for (ReadOptions options : new ReadOptions[] {ReadOptions.DEFAULT, TestFiles.format(DataFormat.ADJACENCY)}) {
            LoadedDomain loaded = load(file, options);
            Dataset data = loaded.dataset();

            assertThat(loaded.report().format()).isEqualTo(DataFormat.ADJACENCY);
            assertThat(loaded.report().lines()).isEqualTo(4);
            assertThat(loaded.report().badLines()).isZero();
            assertThat(data.users()).isEqualTo(3);
            assertThat(data.items()).isEqualTo(3);
            assertThat(data.interactions()).isEqualTo(6);
            assertThat(itemsOf(data, "0")).containsExactly("10", "11", "12");
            assertThat(ordersOf(data, "0")).containsExactly(1L, 2L, 3L);
            assertThat(itemsOf(data, "1")).containsExactly("11");
            assertThat(itemsOf(data, "3")).containsExactly("12", "10");
            assertThat(ordersOf(data, "3")).containsExactly(1L, 2L);
        }
    }

    @Test
    void gzipAndRunsOfBlanksAreRead() {
        Path file = TestFiles.gzip(dir, "train.txt.gz", "7   1 2\t3  \n8 2\n");

        LoadedDomain loaded = load(file, TestFiles.format(DataFormat.ADJACENCY));

        assertThat(loaded.dataset().interactions()).isEqualTo(4);
        assertThat(itemsOf(loaded.dataset(), "7")).containsExactly("1", "2", "3");
    }

    @Test
    void linesOfOneCountAreDelimitedUnlessAdjacencyIsForced() {
        Path file = text(dir, "d.txt", "1 2 3\n4 5 6\n");

        assertThat(load(file).report().format()).isEqualTo(DataFormat.DELIMITED);
        LoadedDomain forced = load(file, TestFiles.format(DataFormat.ADJACENCY));
        assertThat(forced.dataset().interactions()).isEqualTo(4);
        assertThat(itemsOf(forced.dataset(), "4")).containsExactly("5", "6");
    }

    @Test
    void aBadLineIsSkippedWholeWhenAsked() {
        Path file = text(dir, "train.txt", "0 1 2\n1 3 x 4\n2 3\n");

        LoadedDomain loaded = load(file, new ReadOptions(DataFormat.ADJACENCY, Double.NaN, true));

        assertThat(loaded.report().badLines()).isEqualTo(1);
        assertThat(loaded.report().firstBadLine()).isEqualTo(file + ":2: item 2 'x' is not an integer id");
        assertThat(loaded.dataset().users()).isEqualTo(2);
        assertThat(loaded.dataset().interactions()).isEqualTo(3);
    }

    @Test
    void theSameUserOnTwoLinesIsOneUser() {
        Path file = text(dir, "train.txt", "5 1 2\n6 1\n5 3\n");

        Dataset data = load(file).dataset();

        assertThat(data.users()).isEqualTo(2);
        assertThat(itemsOf(data, "5")).containsExactlyInAnyOrder("1", "2", "3");
    }
}
