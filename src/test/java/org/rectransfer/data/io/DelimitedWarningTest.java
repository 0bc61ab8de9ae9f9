package org.rectransfer.data.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectransfer.data.io.TestFiles.load;
import static org.rectransfer.data.io.TestFiles.text;

/** A delimited read that parses almost nothing says so, and names the format the content looks like. */
class DelimitedWarningTest {
    @TempDir
    Path dir;

    @Test
    void aJsonMapForcedThroughDelimitedWarnsAndNamesJsonMap() {
        // Split at its comma, this line is two columns: one "interaction", and no error.
        Path file = text(dir, "seq.json", "{\"A\": [\"x\"], \"B\": [\"y\"]}\n");

        LoadedDomain loaded = load(file, TestFiles.format(DataFormat.DELIMITED));

        assertThat(loaded.report().format()).isEqualTo(DataFormat.DELIMITED);
        assertThat(loaded.dataset().interactions()).isEqualTo(1);
        assertThat(loaded.report().warning()).isEqualTo("read as delimited, only 1 of 1 data line gave an interaction;"
                + " the content looks like json-map (try --format json-map)");
        assertThat(load(file).report().warning()).isNull(); // auto reads it as the JSON map it is
    }

    @Test
    void mostLinesSkippedWarnsAndNamesAdjacency() {
        Path file = text(dir, "train.txt", "0 1 2 3\n1 4\n2 5 6\n");

        LoadedDomain loaded = load(file, new ReadOptions(DataFormat.DELIMITED, Double.NaN, true));

        assertThat(loaded.report().badLines()).isEqualTo(2);
        assertThat(loaded.report().warning()).isEqualTo("read as delimited, only 1 of 3 data lines gave an interaction;"
                + " the content looks like adjacency (try --format adjacency)");
    }

    @Test
    void fewerThanHalfParsedWarnsEvenWhenDelimitedIsRight() {
        Path file = text(dir, "d.tsv", "user\titem\tseq\nu1\ti1\t1\nu2\ti2\nu3\ti3\nu4\ti4\t4\nu5\n");

        LoadedDomain loaded = load(file, TestFiles.skipping());

        assertThat(loaded.report().warning())
                .startsWith("read as delimited, only 2 of 5 data lines gave an interaction; check --format (auto, ");
    }

    @Test
    void aCleanReadOrOneWithFewBadLinesHasNoWarning() {
        Path clean = text(dir, "a.csv", "u1,i1\nu2,i1\n");
        Path someBad = text(dir, "b.tsv", "u1\ti1\nu2\ti2\nu3\nu4\ti4\n");
        Path belowMin = text(dir, "c.tsv", "u1\ti1\t5\nu2\ti2\t1\nu3\ti3\t1\n");

        assertThat(load(clean).report().warning()).isNull();
        assertThat(load(someBad, TestFiles.skipping()).report().warning()).isNull();
        // Dropped by --min-rating is parsed: what was asked for, not a sign of the wrong format.
        assertThat(load(belowMin, TestFiles.minRating(4)).report().warning()).isNull();
    }
}
