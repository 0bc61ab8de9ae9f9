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

class RecBoleReadingTest {
    private static final String INTER = "user_id:token\titem_id:token\trating:float\ttimestamp:float\n"
            + "1\t10\t5.0\t978300760.0\n"
            + "1\t11\t3.0\t978300700\n"
            + "2\t10\t4.0\t978300800.0\n";

    @TempDir
    Path dir;

    @Test
    void typedHeaderIsDetectedAndRowsOrderedByTimestamp() {
        Path file = text(dir, "Movies.inter", INTER);

        for (ReadOptions options : new ReadOptions[] {ReadOptions.DEFAULT, TestFiles.format(DataFormat.RECBOLE)}) {
            LoadedDomain loaded = load(file, options);
            Dataset data = loaded.dataset();

            assertThat(loaded.report().format()).isEqualTo(DataFormat.RECBOLE);
            assertThat(loaded.report().lines()).isEqualTo(3);
            assertThat(data.name()).isEqualTo("Movies");
            assertThat(data.users()).isEqualTo(2);
            assertThat(data.items()).isEqualTo(2);
            assertThat(data.interactions()).isEqualTo(3);
            assertThat(itemsOf(data, "1")).containsExactly("11", "10");
            assertThat(ordersOf(data, "1")).containsExactly(978300700L, 978300760L);
        }
    }

    @Test
    void minRatingAppliesToTheRatingField() {
        Path file = TestFiles.gzip(dir, "Movies.inter.gz", INTER);

        LoadedDomain loaded = load(file, TestFiles.minRating(4));

        assertThat(loaded.report().format()).isEqualTo(DataFormat.RECBOLE);
        assertThat(loaded.report().belowMinRating()).isEqualTo(1);
        assertThat(itemsOf(loaded.dataset(), "1")).containsExactly("10");
        assertThat(loaded.dataset().interactions()).isEqualTo(2);
    }

    @Test
    void fieldsAreFoundByNameInAnyOrderAndOthersAreReadPast() {
        Path file = text(dir, "reviews.tsv", "timestamp:float\titem_id:token\treview:token_seq\tuser_id:token\tscore:float_seq\n"
                + "20\tb\tgood buy\tu1\t1 2\n"
                + "10\ta\tmeh\tu1\t3\n"
                + "15\ta\tok\tu2\t\n");

        LoadedDomain loaded = load(file, TestFiles.minRating(4));

        assertThat(loaded.report().format()).isEqualTo(DataFormat.RECBOLE);
        assertThat(loaded.report().belowMinRating()).isZero(); // no rating field: nothing to filter
        assertThat(itemsOf(loaded.dataset(), "u1")).containsExactly("a", "b");
        assertThat(ordersOf(loaded.dataset(), "u1")).containsExactly(10L, 20L);
        assertThat(loaded.dataset().users()).isEqualTo(2);
    }

    @Test
    void withoutATimestampTheLineNumberOrders() {
        Path file = text(dir, "Books.inter", "user_id:token\titem_id:token\nu1\tz\nu1\ty\n");

        Dataset data = load(file).dataset();

        assertThat(itemsOf(data, "u1")).containsExactly("z", "y");
        assertThat(ordersOf(data, "u1")).containsExactly(2L, 3L);
    }
}
