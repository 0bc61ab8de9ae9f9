package org.rectransfer.data.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.data.Dataset;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rectransfer.data.io.TestFiles.itemsOf;
import static org.rectransfer.data.io.TestFiles.load;
import static org.rectransfer.data.io.TestFiles.ordersOf;

class AmazonCsvReadingTest {
    @TempDir
    Path dir;

    @Test
    void theAmazon2018RatingsCsvPutsTheItemFirst() {
        Path file = TestFiles.gzip(dir, "Books.csv.gz",
                "0001713353,A1C6M8LCIX4M6M,5.0,1123804800\n0001713353,A1REUF3A1YCPHM,2.0,1112140800\n"
                        + "0001061240,A1C6M8LCIX4M6M,4.0,1100000000\n");

        LoadedDomain loaded = load(file, TestFiles.minRating(3));

        Dataset data = loaded.dataset();
        assertThat(loaded.report().format()).isEqualTo(DataFormat.AMAZON_CSV);
        assertThat(loaded.report().belowMinRating()).isEqualTo(1);
        assertThat(data.users()).isEqualTo(1);
        assertThat(itemsOf(data, "A1C6M8LCIX4M6M")).containsExactly("0001061240", "0001713353");
        assertThat(ordersOf(data, "A1C6M8LCIX4M6M")).containsExactly(1100000000L, 1123804800L);
    }

    @Test
    void theAmazon2014RatingsCsvIsUserFirstAndReadAsDelimited() {
        Path file = TestFiles.text(dir, "ratings_Books.csv", "AKM1MP6P0OYPR,0132793040,5.0,1365811200\n");

        LoadedDomain loaded = load(file);

        assertThat(loaded.report().format()).isEqualTo(DataFormat.DELIMITED);
        assertThat(loaded.dataset().userKey(0)).isEqualTo("AKM1MP6P0OYPR");
    }

    @Test
    void integerRatingsMeanAPlainDelimitedFile() {
        Path file = TestFiles.text(dir, "d.csv", "u1,i1,5,1365811200\n");

        LoadedDomain loaded = load(file);

        assertThat(loaded.report().format()).isEqualTo(DataFormat.DELIMITED);
        assertThat(loaded.dataset().userKey(0)).isEqualTo("u1");
    }

    @Test
    void aForcedFormatWins() {
        Path file = TestFiles.text(dir, "d.csv", "u1,i1,5,1365811200\n");

        LoadedDomain loaded = load(file, TestFiles.format(DataFormat.AMAZON_CSV));

        assertThat(loaded.report().format()).isEqualTo(DataFormat.AMAZON_CSV);
        assertThat(loaded.dataset().userKey(0)).isEqualTo("i1");
    }

    @Test
    void everyLineNeedsFourColumns() {
        Path file = TestFiles.text(dir, "d.csv", "0001713353,A1,5.0,1123804800\n0001713353,A2,5.0\n");

        assertThatThrownBy(() -> load(file)).hasMessage(file + ":2: expected 4 comma-separated columns, found 3");
    }
}
