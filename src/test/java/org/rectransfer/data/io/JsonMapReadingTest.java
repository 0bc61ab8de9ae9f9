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

class JsonMapReadingTest {
    /** Pretty-printed as Python's json.dump(indent=2) writes it; u3 has no interactions. */
    private static final String PRETTY = """
            {
              "u1": ["i3", "i1", "i2"],
              "u2": [
                7,
                9
              ],
              "u3": []
            }
            """;

    @TempDir
    Path dir;

    @Test
    void prettyPrintedMapIsDetectedAndReadInListOrder() {
        Path file = text(dir, "Beauty.json", PRETTY);

        for (ReadOptions options : new ReadOptions[] {ReadOptions.DEFAULT, TestFiles.format(DataFormat.JSON_MAP)}) {
            LoadedDomain loaded = load(file, options);
            Dataset data = loaded.dataset();

            assertThat(loaded.report().format()).isEqualTo(DataFormat.JSON_MAP);
            assertThat(loaded.report().lines()).isEqualTo(3);
            assertThat(loaded.report().warning()).isNull();
            assertThat(data.name()).isEqualTo("Beauty");
            assertThat(data.users()).isEqualTo(2);
            assertThat(data.items()).isEqualTo(5);
            assertThat(data.interactions()).isEqualTo(5);
            assertThat(itemsOf(data, "u1")).containsExactly("i3", "i1", "i2");
            assertThat(ordersOf(data, "u1")).containsExactly(1L, 2L, 3L);
            assertThat(itemsOf(data, "u2")).containsExactly("7", "9");
            assertThat(ordersOf(data, "u2")).containsExactly(1L, 2L);
        }
    }

    @Test
    void oneLineGzipMapWithNumericIdsIsReadToo() {
        Path file = TestFiles.gzip(dir, "seq.json.gz", "{\"10\": [3, 1], \"11\": [\"1\"], \"12\": [5]}");

        LoadedDomain loaded = load(file);
        Dataset data = loaded.dataset();

        assertThat(loaded.report().format()).isEqualTo(DataFormat.JSON_MAP);
        // The number 1 and the string "1" are one item id.
        assertThat(data.users()).isEqualTo(3);
        assertThat(data.items()).isEqualTo(3);
        assertThat(data.interactions()).isEqualTo(4);
        assertThat(itemsOf(data, "10")).containsExactly("3", "1");
        assertThat(itemsOf(data, "11")).containsExactly("1");
    }

    @Test
    void aRepeatedItemKeepsItsFirstPositionAndMinRatingKeepsUnratedInteractions() {
        Path file = text(dir, "d.json", "\uFEFF  {\"u\": [\"a\", \"b\", \"a\"], \"v\": [\"b\"]}\n");

        LoadedDomain loaded = load(file, new ReadOptions(DataFormat.AUTO, 4.0, false));

        assertThat(loaded.report().format()).isEqualTo(DataFormat.JSON_MAP);
        assertThat(loaded.report().duplicates()).isEqualTo(1);
        assertThat(loaded.report().belowMinRating()).isZero();
        assertThat(itemsOf(loaded.dataset(), "u")).containsExactly("a", "b");
        assertThat(ordersOf(loaded.dataset(), "u")).containsExactly(1L, 2L);
        assertThat(loaded.dataset().interactions()).isEqualTo(3);
    }

    @Test
    void malformedEntriesAreSkippedWholeWhenAsked() {
        Path file = text(dir, "d.json", """
                {
                  "u1": ["a"],
                  "u2": "b",
                  "u3": ["c", {"id": "x"}, "d"],
                  "u4": ["c"]
                }
                """);

        LoadedDomain loaded = load(file, new ReadOptions(DataFormat.AUTO, Double.NaN, true));

        assertThat(loaded.report().lines()).isEqualTo(4);
        assertThat(loaded.report().badLines()).isEqualTo(2);
        assertThat(loaded.report().firstBadLine())
                .isEqualTo(file + ":3: user 'u2': expected a list of item ids, found a string");
        assertThat(loaded.dataset().users()).isEqualTo(2);
        assertThat(loaded.dataset().interactions()).isEqualTo(2);
        assertThat(itemsOf(loaded.dataset(), "u4")).containsExactly("c");
    }
}
