package org.rectransfer.data.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.data.Dataset;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectransfer.data.io.TestFiles.itemsOf;
import static org.rectransfer.data.io.TestFiles.load;
import static org.rectransfer.data.io.TestFiles.orderOf;
import static org.rectransfer.data.io.TestFiles.ordersOf;

class ReadOptionsAndDuplicatesTest {
    @TempDir
    Path dir;

    @Test
    void aRepeatedPairIsOneInteractionWithTheEarliestOrder() {
        Path file = TestFiles.text(dir, "d.tsv", "user\titem\ttime\nu1\ti1\t50\nu1\ti2\t30\nu1\ti1\t10\nu1\ti1\t70\n");

        LoadedDomain loaded = load(file);

        Dataset data = loaded.dataset();
        assertThat(data.interactions()).isEqualTo(2);
        assertThat(loaded.report().lines()).isEqualTo(4);
        assertThat(loaded.report().duplicates()).isEqualTo(2);
        assertThat(itemsOf(data, "u1")).containsExactly("i1", "i2");
        assertThat(orderOf(data, "u1", "i1")).isEqualTo(10);
    }

    @Test
    void withoutTimeTheFirstLineOfARepeatedPairCounts() {
        Path file = TestFiles.text(dir, "d.csv", "u1,i1\nu1,i2\nu1,i1\n");

        Dataset data = load(file).dataset();

        assertThat(itemsOf(data, "u1")).containsExactly("i1", "i2");
        assertThat(ordersOf(data, "u1")).containsExactly(1L, 2L);
    }

    @Test
    void theMinimumRatingKeepsRatingsAtOrAboveIt() {
        Path file = TestFiles.text(dir, "d.csv", "u1,i1,3.5\nu1,i2,3.49\nu1,i3,5\nu2,i1,1\n");

        LoadedDomain loaded = load(file, TestFiles.minRating(3.5));

        assertThat(itemsOf(loaded.dataset(), "u1")).containsExactly("i1", "i3");
        assertThat(loaded.dataset().users()).isEqualTo(1);
        assertThat(loaded.report().belowMinRating()).isEqualTo(2);
        assertThat(loaded.report().lines()).isEqualTo(4);
    }

    @Test
    void duplicatesCountOnlyLinesThatPassedTheMinimum() {
        Path file = TestFiles.text(dir, "d.csv", "u1,i1,5\nu1,i1,1\nu1,i1,4\n");

        LoadedDomain loaded = load(file, TestFiles.minRating(4));

        assertThat(loaded.report().belowMinRating()).isEqualTo(1);
        assertThat(loaded.report().duplicates()).isEqualTo(1);
        assertThat(loaded.dataset().interactions()).isEqualTo(1);
    }

    @Test
    void aCleanReadReportsNothingUnusual() {
        Path file = TestFiles.text(dir, "d.csv", "u1,i1\nu2,i1\n");

        ReadReport report = load(file).report();

        assertThat(report).isEqualTo(new ReadReport(DataFormat.DELIMITED, 2, 0, null, 0, 0, null));
    }

    @Test
    void theDomainIsNamedByTheFileOrByTheArgument() {
        Path file = TestFiles.text(dir, "Office-2014.tsv", "u1\ti1\n");

        assertThat(DomainLoader.load(DomainSource.parse(file.toString()), ReadOptions.DEFAULT).dataset().name())
                .isEqualTo("Office");
        assertThat(DomainLoader.load(DomainSource.parse("Desk=" + file), ReadOptions.DEFAULT).dataset().name())
                .isEqualTo("Desk");
    }
}
