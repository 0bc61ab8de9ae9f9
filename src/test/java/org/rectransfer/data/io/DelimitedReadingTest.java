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

class DelimitedReadingTest {
    @TempDir
    Path dir;

    @Test
    void seqHeaderOrdersTheInteractionsAndIsNoRating() {
        Path file = text(dir, "Office-2014.tsv", "user\titem\tseq\nu1\ti1\t5\nu1\ti2\t3\nu2\ti1\t0\n");

        LoadedDomain loaded = load(file, TestFiles.minRating(4));

        Dataset data = loaded.dataset();
        assertThat(data.name()).isEqualTo("Office");
        assertThat(loaded.report().format()).isEqualTo(DataFormat.DELIMITED);
        assertThat(loaded.report().lines()).isEqualTo(3);
        assertThat(loaded.report().belowMinRating()).isZero();
        assertThat(itemsOf(data, "u1")).containsExactly("i2", "i1");
        assertThat(ordersOf(data, "u1")).containsExactly(3L, 5L);
    }

    @Test
    void twoColumnsWithoutHeaderAreUserAndItemOrderedByLineNumber() {
        Path file = text(dir, "d.txt", "u1,i2\n\nu1,i1\nu2,i1\n");

        Dataset data = load(file).dataset();

        assertThat(data.users()).isEqualTo(2);
        assertThat(data.items()).isEqualTo(2);
        assertThat(itemsOf(data, "u1")).containsExactly("i2", "i1");
        assertThat(ordersOf(data, "u1")).containsExactly(1L, 3L);
    }

    @Test
    void threeColumnsWithoutHeaderAreUserItemRating() {
        Path file = text(dir, "d.tsv", "u1\ti1\t5\nu1\ti2\t2.5\nu2\ti1\t4\n");

        LoadedDomain loaded = load(file, TestFiles.minRating(4));

        assertThat(loaded.dataset().interactions()).isEqualTo(2);
        assertThat(loaded.report().belowMinRating()).isEqualTo(1);
        assertThat(itemsOf(loaded.dataset(), "u1")).containsExactly("i1");
    }

    @Test
    void fourOrMoreColumnsWithoutHeaderAddATimeAndIgnoreTheRest() {
        Path file = text(dir, "d.csv", "u1,i1,5,300,x\nu1,i2,4,100,y\n");

        Dataset data = load(file).dataset();

        assertThat(itemsOf(data, "u1")).containsExactly("i2", "i1");
        assertThat(ordersOf(data, "u1")).containsExactly(100L, 300L);
    }

    @Test
    void movieLensRatingsDatUsesDoubleColons() {
        Path file = text(dir, "ratings.dat", "1::1193::5::978300760\n1::661::3::978302109\n2::1193::4::978298413\n");

        Dataset data = load(file).dataset();

        assertThat(data.users()).isEqualTo(2);
        assertThat(itemsOf(data, "1")).containsExactly("1193", "661");
        assertThat(ordersOf(data, "1")).containsExactly(978300760L, 978302109L);
    }

    @Test
    void movieLensUDataIsTabSeparated() {
        Path file = text(dir, "u.data", "196\t242\t3\t881250949\n186\t302\t3\t891717742\n");

        Dataset data = load(file).dataset();

        assertThat(data.interactions()).isEqualTo(2);
        assertThat(ordersOf(data, "196")).containsExactly(881250949L);
    }

    @Test
    void runsOfSpacesSeparateColumns() {
        Path file = text(dir, "d.txt", "  u1   i1  5 20\nu1 i2    4     10  \n");

        Dataset data = load(file).dataset();

        assertThat(itemsOf(data, "u1")).containsExactly("i2", "i1");
    }

    @Test
    void headerNamesGiveRolesInAnyOrder() {
        Path file = text(dir, "d.csv", "timestamp,movieId,rating,userId\n20,i1,5,u1\n10,i2,1,u1\n");

        LoadedDomain loaded = load(file, TestFiles.minRating(3));

        assertThat(itemsOf(loaded.dataset(), "u1")).containsExactly("i1");
        assertThat(ordersOf(loaded.dataset(), "u1")).containsExactly(20L);
    }

    @Test
    void amazonStyleHeaderNamesAreKnownToo() {
        Path file = text(dir, "d.tsv", "asin\treviewerID\toverall\tunixReviewTime\nB1\tA1\t5.0\t7\n");

        Dataset data = load(file).dataset();

        assertThat(data.userKey(0)).isEqualTo("A1");
        assertThat(data.itemKey(0)).isEqualTo("B1");
        assertThat(ordersOf(data, "A1")).containsExactly(7L);
    }

    @Test
    void recBoleTypedHeaderNamesAreKnownWhenDelimitedIsForced() {
        Path file = text(dir, "ml.inter", "user_id:token\titem_id:token\trating:float\ttimestamp:float\n"
                + "1\t10\t5.0\t978300760.0\n");

        Dataset data = load(file, TestFiles.format(DataFormat.DELIMITED)).dataset();

        assertThat(ordersOf(data, "1")).containsExactly(978300760L);
    }

    @Test
    void anUnnamedHeaderOfThreeColumnsIsSkippedAndRolesArePositional() {
        Path file = text(dir, "d.tsv", "who\twhat\thow\nu1\ti1\t5\n");

        LoadedDomain loaded = load(file);

        assertThat(loaded.report().lines()).isEqualTo(1);
        assertThat(loaded.dataset().userKey(0)).isEqualTo("u1");
    }

    @Test
    void aDateColumnOrdersOnlyWhenItHoldsIntegers() {
        Path numeric = text(dir, "a.csv", "user,item,date\nu1,i1,20\nu1,i2,10\n");
        Path iso = text(dir, "b.csv", "user,item,date\nu1,i1,2014-02-01\nu1,i2,2014-01-01\n");

        assertThat(itemsOf(load(numeric).dataset(), "u1")).containsExactly("i2", "i1");
        assertThat(ordersOf(load(iso).dataset(), "u1")).containsExactly(2L, 3L);
    }

    @Test
    void quotesBomWindowsLineEndsAndBlankLinesAreTolerated() {
        Path file = text(dir, "d.csv", "\uFEFF\"user\",\"item\"\r\n\"u 1\",\"i1\"\r\n   \r\nu2 , i2\r\n");

        LoadedDomain loaded = load(file);

        assertThat(loaded.report().lines()).isEqualTo(2);
        assertThat(loaded.dataset().userKey(0)).isEqualTo("u 1");
        assertThat(loaded.dataset().userKey(1)).isEqualTo("u2");
        assertThat(loaded.dataset().itemKey(1)).isEqualTo("i2");
    }

    @Test
    void gzipIsReadTransparentlyByItsMagicBytesNotItsName() {
        Path zipped = TestFiles.gzip(dir, "plain-looking.tsv", "user\titem\tseq\nu1\ti1\t0\n");
        Path plain = text(dir, "zipped-looking.tsv.gz", "user\titem\tseq\nu1\ti1\t0\n");

        assertThat(load(zipped).dataset().interactions()).isEqualTo(1);
        assertThat(load(plain).dataset().interactions()).isEqualTo(1);
    }

    @Test
    void aForcedDelimitedFormatSkipsDetection() {
        Path file = text(dir, "d.csv", "B000000001,A2,5.0,1123804800\n");

        LoadedDomain loaded = load(file, TestFiles.format(DataFormat.DELIMITED));

        assertThat(loaded.report().format()).isEqualTo(DataFormat.DELIMITED);
        assertThat(loaded.dataset().userKey(0)).isEqualTo("B000000001");
    }
}
