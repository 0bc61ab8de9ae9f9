package org.rectransfer.data.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rectransfer.data.Dataset;
import org.rectransfer.data.FilterSpec;
import org.rectransfer.data.Filters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Amazon files of {@code ../shared/data/amazon} (absent on a user's machine: then
 * skipped) load with AUTO to the counts of that folder's README.
 */
class AmazonCountsTest {
    private static final Path FOLDER = Path.of("../shared/data/amazon");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Baby-2014.tsv.gz,        19445,  7050, 160792,  746,  21262",
        "Beauty-2014.tsv.gz,      22363, 12101, 198502, 1248,  42269",
        "Book-2014.tsv.gz,        70679, 24915, 846434, 7521, 357562",
        "CD-2014.tsv.gz,          17052, 35118, 472265, 6149, 329372",
        "Cellphone-2014.tsv.gz,   27879, 10429, 194439,  365,  12023",
        "Clothing-2014.tsv.gz,    39387, 23033, 278677,  557,  14849",
        "DigitalMusic-2018.tsv.gz, 16566, 11797, 145292, 1074, 37526",
        "Grocery-2014.tsv.gz,     14681,  8713, 151254, 1342,  47890",
        "Health-2014.tsv.gz,      38609, 18534, 346355, 2155,  78824",
        "Home-2014.tsv.gz,        66519, 28237, 551682, 2686,  86732",
        "InstantVideo-2014.tsv.gz, 5130,  1685,  37126,   95,   3099",
        "Instrument-2018.tsv.gz,  24772,  9922, 206153,  970,  28714",
        "Office-2014.tsv.gz,       4905,  2420,  53258,  599,  17899",
        "Sports-2014.tsv.gz,      35598, 18357, 296337, 1408,  42278",
        "Tools-2014.tsv.gz,       16638, 10217, 134476,  605,  18404",
        "Toys-2014.tsv.gz,        19412, 11924, 167597,  974,  33259",
        "Videogame-2014.tsv.gz,   31013, 23715, 287107, 1913,  73416",
    })
    void loadsWithTheReadmeCounts(String fileName, int users, int items, int interactions,
                                  int users20, int interactions20) {
        Path file = FOLDER.resolve(fileName);
        assumeTrue(Files.isRegularFile(file), "no shared Amazon data beside the project");

        LoadedDomain loaded = DomainLoader.load(DomainSource.parse(file.toString()), ReadOptions.DEFAULT);
        Dataset data = loaded.dataset();

        assertThat(data.name()).isEqualTo(fileName.substring(0, fileName.indexOf('-')));
        assertThat(loaded.report().format()).isEqualTo(DataFormat.DELIMITED);
        assertThat(new int[] {data.users(), data.items(), data.interactions()})
                .containsExactly(users, items, interactions);
        assertThat(loaded.report().lines()).isEqualTo(interactions);
        assertThat(loaded.report().duplicates()).isZero();
        Dataset filtered = Filters.apply(data, new FilterSpec(20, 0, false));
        assertThat(new int[] {filtered.users(), filtered.interactions()}).containsExactly(users20, interactions20);
    }

    @Test
    void theTableCoversEveryFileOfTheFolder() throws IOException {
        assumeTrue(Files.isDirectory(FOLDER), "no shared Amazon data beside the project");
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tsv.gz"))).hasSize(17);
        }
    }
}
