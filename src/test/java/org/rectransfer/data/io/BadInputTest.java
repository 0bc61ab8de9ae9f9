package org.rectransfer.data.io;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rectransfer.data.BadInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rectransfer.data.io.TestFiles.text;

/** Every kind of bad input ends in one BadInputException naming the file and, where one is at fault, the line. */
class BadInputTest {
    @TempDir
    Path dir;

    private AbstractThrowableAssert<?, ? extends Throwable> loading(Path file) {
        return loading(file, ReadOptions.DEFAULT);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> loading(Path file, ReadOptions options) {
        return assertThatThrownBy(() -> TestFiles.load(file, options)).isExactlyInstanceOf(BadInputException.class);
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.tsv");
        loading(file).hasMessage(file + ": no such file");
    }

    @Test
    void directory() {
        loading(dir).hasMessage(dir + ": is a directory, not a data file");
    }

    @Test
    void emptyFile() {
        Path file = text(dir, "d.tsv", "");
        loading(file).hasMessage(file + ": empty file: no interactions");
    }

    @Test
    void gzipOfAnEmptyFile() {
        Path file = TestFiles.gzip(dir, "d.tsv.gz", "");
        loading(file).hasMessage(file + ": empty file: no interactions");
    }

    @Test
    void blankLinesOnly() {
        Path file = text(dir, "d.tsv", "\n  \n\t\n");
        loading(file).hasMessage(file + ": empty file: no interactions");
    }

    @Test
    void headerOnly() {
        Path file = TestFiles.gzip(dir, "d.tsv.gz", "user\titem\tseq\n\n");
        loading(file).hasMessage(file + ": no interactions: only a header line");
    }

    @Test
    void randomBytes() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path file = TestFiles.bytes(dir, "d.tsv", garbage);
        loading(file).hasMessage(file + ": binary content, not a text data file");
    }

    @Test
    void nulBytesInText() {
        Path file = TestFiles.bytes(dir, "d.tsv", "u1\ti1\n\0\0\0\0u2\ti2\n".getBytes());
        loading(file).hasMessage(file + ": binary content, not a text data file");
    }

    @Test
    void gzippedBinary() {
        byte[] garbage = new byte[300];
        new Random(3).nextBytes(garbage);
        Arrays.fill(garbage, 0, 4, (byte) 0x01);
        Path file = TestFiles.bytes(dir, "d.tsv.gz", TestFiles.gzipped(garbage));
        loading(file).hasMessage(file + ": binary content, not a text data file");
    }

    @Test
    void otherArchivesAreNamed() {
        Path file = TestFiles.bytes(dir, "d.zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        loading(file).hasMessage(file + ": zip compressed, not supported (use gzip or plain text)");
    }

    @Test
    void truncatedGzip() {
        StringBuilder content = new StringBuilder("user\titem\tseq\n");
        Random random = new Random(1);
        for (int k = 0; k < 50_000; k++) content.append('u').append(random.nextInt()).append("\ti\t").append(k).append('\n');
        byte[] whole = TestFiles.gzipped(content.toString().getBytes());
        Path file = TestFiles.bytes(dir, "d.tsv.gz", Arrays.copyOf(whole, whole.length / 2));

        loading(file).hasMessageStartingWith(file + ":")
                .hasMessageEndingWith(": truncated gzip stream (unexpected end of file)")
                .satisfies(e -> assertThat(((BadInputException) e).line()).isGreaterThan(1000));
    }

    @Test
    void aTruncatedSmallGzipNamesTheLineWhereItsDataEnds() throws Exception {
        // Smaller than the reader's buffer: the failure comes on the first read, yet the line must be the real one.
        StringBuilder content = new StringBuilder("user\titem\tseq\n");
        for (int k = 0; k < 3000; k++) content.append("u").append(k % 97).append("\ti").append(k).append("\t0\n");
        byte[] whole = TestFiles.gzipped(content.toString().getBytes());
        Path file = TestFiles.bytes(dir, "small.tsv.gz", Arrays.copyOf(whole, whole.length * 2 / 3));
        long complete = 0;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file))) {
            for (int b; (b = in.read()) >= 0; ) if (b == '\n') complete++;
        } catch (java.io.EOFException expected) {
            // where the data ends
        }
        assertThat(complete).isBetween(100L, 2999L);
        long line = complete + 1;
        loading(file).satisfies(e -> assertThat(((BadInputException) e).line()).isEqualTo(line))
                .hasMessageEndingWith(": truncated gzip stream (unexpected end of file)");
    }

    @Test
    void gzipCutInsideItsHeader() {
        Path file = TestFiles.bytes(dir, "d.tsv.gz", new byte[] {0x1f, (byte) 0x8b, 8});
        loading(file).hasMessage(file + ": truncated gzip stream (unexpected end of file)");
    }

    @Test
    void corruptGzip() {
        byte[] gzip = TestFiles.gzipped("user\titem\nu1\ti1\n".getBytes());
        gzip[gzip.length - 5] ^= 0x55; // in the CRC/length trailer
        Path file = TestFiles.bytes(dir, "d.tsv.gz", gzip);
        loading(file).hasMessageStartingWith(file + ":").hasMessageContaining("corrupt gzip stream");
    }

    @Test
    void singleColumnIsAnUnknownFormatWhenDetecting() {
        Path file = text(dir, "d.txt", "u1\nu2\n");
        loading(file).hasMessageStartingWith(file + ":1: unknown format: a single column");
    }

    @Test
    void singleColumnIsAColumnCountErrorWhenDelimitedIsForced() {
        Path file = text(dir, "d.txt", "u1\nu2\n");
        loading(file, TestFiles.format(DataFormat.DELIMITED))
                .hasMessage(file + ":1: expected at least 2 columns (user, item), found 1");
    }

    @Test
    void fewerColumnsThanTheHeader() {
        Path file = text(dir, "d.tsv", "user\titem\tseq\nu1\ti1\t0\nu1\ti2\n");
        loading(file).hasMessage(file + ":3: expected 3 tab-separated columns, found 2");
    }

    @Test
    void oneColumnInAFileOfTwo() {
        Path file = text(dir, "d.csv", "u1,i1\nu2\n");
        loading(file).hasMessage(file + ":2: expected 2 comma-separated columns, found 1");
    }

    @Test
    void nonNumericRating() {
        Path file = text(dir, "d.tsv", "u1\ti1\t5\nu1\ti2\tgood\n");
        loading(file).hasMessage(file + ":2: rating 'good' is not a number");
    }

    @Test
    void nonNumericTime() {
        Path file = text(dir, "d.tsv", "user\titem\ttimestamp\nu1\ti1\t12\nu1\ti2\tyesterday\n");
        loading(file).hasMessage(file + ":3: time 'yesterday' is not an integer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "2014-01-02", "1e9", "99999999999999999999"})
    void timesMustBeIntegers(String time) {
        Path file = text(dir, "d.csv", "user,item,time\nu1,i1,12\nu1,i2," + time + "\n");
        loading(file).hasMessageStartingWith(file + ":3: time '" + time + "' is ");
    }

    @Test
    void emptyUserId() {
        Path file = text(dir, "d.tsv", "u1\ti1\n\ti2\n");
        loading(file).hasMessage(file + ":2: empty user id");
    }

    @Test
    void emptyItemId() {
        Path file = text(dir, "d.csv", "user,item,rating\nu1,i1,5\nu2, ,4\n");
        loading(file).hasMessage(file + ":3: empty item id");
    }

    @Test
    void jsonWithoutReviewerIdAndAsin() {
        Path file = text(dir, "d.json", "{\"user\": \"u1\", \"item\": \"i1\"}\n");
        loading(file).hasMessageStartingWith(file + ":1: unknown format: a JSON line without reviewerID and asin");
    }

    @Test
    void xml() {
        Path file = text(dir, "d.xml", "<?xml version=\"1.0\"?>\n<ratings><r u=\"1\" i=\"2\"/></ratings>\n");
        loading(file).hasMessageStartingWith(file + ":1: unknown format: looks like XML or HTML");
    }

    @Test
    void jsonArray() {
        Path file = text(dir, "d.json", "[{\"reviewerID\": \"A\", \"asin\": \"B\"}]\n");
        loading(file).hasMessageStartingWith(file + ":1: unknown format: a JSON array");
    }

    @Test
    void headerWithoutAUserColumn() {
        Path file = text(dir, "d.csv", "item,rating\ni1,5\n");
        loading(file).hasMessageStartingWith(file + ":1: header has no user column (expected one of ");
    }

    @Test
    void everyLineBadEvenWhenSkipping() {
        Path file = text(dir, "d.tsv", "user\titem\tseq\nu1\ti1\nu2\ti2\n");
        loading(file, TestFiles.skipping())
                .hasMessage(file + ":2: no interactions: all 2 data lines are bad, the first: "
                        + "expected 3 tab-separated columns, found 2");
    }

    @Test
    void everyRatingBelowTheMinimum() {
        Path file = text(dir, "d.tsv", "u1\ti1\t1\nu2\ti2\t2\n");
        loading(file, TestFiles.minRating(4)).hasMessage(file + ": no interactions with a rating >= 4.0");
    }

    @Test
    void malformedLinesAreSkippedAndCountedWhenAsked() {
        Path file = text(dir, "d.tsv", "user\titem\trating\tts\nu1\ti1\t5\t1\nu1\ti2\tx\t2\nu2\n"
                + "u2\ti1\t4\tnoon\n\ti3\t1\t1\nu3\ti3\t3\t9\n");

        LoadedDomain loaded = TestFiles.load(file, TestFiles.skipping());

        assertThat(loaded.dataset().interactions()).isEqualTo(2);
        assertThat(loaded.report().lines()).isEqualTo(6);
        assertThat(loaded.report().badLines()).isEqualTo(4);
        assertThat(loaded.report().firstBadLine()).isEqualTo(file + ":3: rating 'x' is not a number");
    }

    @Test
    void fileLevelFaultsStillThrowWhenSkipping() throws Exception {
        Path empty = text(dir, "e.tsv", "");
        Path xml = text(dir, "x.xml", "<a/>\n");
        byte[] garbage = new byte[512];
        new Random(5).nextBytes(garbage);
        Path binary = TestFiles.bytes(dir, "b.tsv", garbage);
        byte[] gzip = TestFiles.gzipped("user\titem\nu1\ti1\n".repeat(1000).getBytes());
        Path truncated = TestFiles.bytes(dir, "t.tsv.gz", Arrays.copyOf(gzip, gzip.length - 10));

        for (Path file : new Path[] {dir.resolve("missing"), empty, xml, binary, truncated}) {
            loading(file, TestFiles.skipping()).hasMessageStartingWith(file + ":");
        }
        assertThat(Files.exists(dir.resolve("missing"))).isFalse();
    }

    @Test
    void messagesAreOneLine() {
        Path file = text(dir, "d.json", "{\"reviewerID\": \"A1\", \"asin\": \"B1\"}\n{\"reviewerID\": [1,\n");
        loading(file).message().doesNotContain("\n").startsWith(file + ":2: ");
    }

    // JSON maps: the parser's line names where the JSON breaks.

    @Test
    void invalidJsonInAMapNamesTheParsersLine() {
        Path file = text(dir, "d.json", "{\n  \"u1\": [\"a\", \"b\"],\n  \"u2\": [\"c\" \"d\"]\n}\n");
        loading(file).hasMessageStartingWith(file + ":3: invalid JSON at column ")
                .hasMessageContaining("was expecting comma").message().doesNotContain("\n");
    }

    @Test
    void aMapThatBreaksOffIsInvalidJson() {
        Path file = TestFiles.gzip(dir, "d.json.gz", "{\"u1\": [\"a\", \"b\"],\n \"u2\": [\"c\"");
        loading(file).hasMessageStartingWith(file + ":2: invalid JSON at column ").hasMessageContaining("end-of-input")
                .hasMessageContaining("(start marker at line 2, column 8)").hasMessageNotContaining("Source");
    }

    @Test
    void aUserWhoseValueIsNoListNamesItsLine() {
        Path file = text(dir, "d.json", "{\n  \"u1\": [\"a\"],\n  \"u2\": 5\n}\n");
        loading(file).hasMessage(file + ":3: user 'u2': expected a list of item ids, found a number");
    }

    @Test
    void anItemThatIsNoIdNamesItsUser() {
        Path file = text(dir, "d.json", "{\"u1\": [\"a\", null]}");
        loading(file).hasMessage(file + ":1: user 'u1': item 2 is null, not an id");
    }

    @Test
    void aForcedJsonMapMustBeAnObject() {
        Path file = text(dir, "d.json", "\n[[\"a\"], [\"b\"]]\n");
        loading(file, TestFiles.format(DataFormat.JSON_MAP))
                .hasMessage(file + ":2: expected a JSON object mapping users to item lists, found a list");
    }

    @Test
    void oneMapPerLineIsNotAJsonMap() {
        Path file = text(dir, "d.json", "{\"u1\": [\"a\"]}\n{\"u2\": [\"b\"]}\n");
        loading(file).hasMessage(file + ":2: text after the JSON object (a JSON map is one object for the whole file)");
    }

    @Test
    void aMapOfEmptyListsHasNoInteractions() {
        Path empty = text(dir, "e.json", "{}");
        Path lists = text(dir, "l.json", "{\"u1\": [], \"u2\": []}");
        loading(empty, TestFiles.format(DataFormat.JSON_MAP)).hasMessage(empty + ": no interactions: an empty JSON object");
        loading(lists).hasMessage(lists + ": no interactions: no user has an item");
    }

    // Adjacency lists: ids are integers, so a wrong --format adjacency is an error, not silence.

    @Test
    void aNonIntegerAdjacencyTokenNamesItsLine() {
        Path file = text(dir, "train.txt", "0 1 2 3\n1 4\n2 5 i6\n");
        loading(file, TestFiles.format(DataFormat.ADJACENCY)).hasMessage(file + ":3: item 2 'i6' is not an integer id");
    }

    @Test
    void aHeaderIsABadLineForAdjacency() {
        Path file = text(dir, "train.txt", "user items\n0 1 2\n");
        loading(file, TestFiles.format(DataFormat.ADJACENCY)).hasMessage(file + ":1: user 'user' is not an integer id");
    }

    @Test
    void adjacencyUsersWithoutItemsOnlyHaveNoInteractions() {
        Path file = text(dir, "train.txt", "1\n2\n3\n");
        loading(file, TestFiles.format(DataFormat.ADJACENCY)).hasMessage(file + ": no interactions: no user has an item");
    }

    // RecBole .inter files: the header line is at fault, or the row.

    @Test
    void interHeaderWithoutUserId() {
        Path file = text(dir, "d.inter", "uid:token\titem_id:token\n1\t2\n");
        loading(file).hasMessage(file + ":1: RecBole header has no user_id field (expected user_id:token and item_id:token)");
    }

    @Test
    void interHeaderWithoutTypes() {
        Path file = text(dir, "d.inter", "user_id\titem_id\n1\t2\n");
        loading(file).hasMessage(file + ":1: RecBole header field 'user_id' is not name:type"
                + " (type token, token_seq, float or float_seq)");
    }

    @Test
    void interUserIdMustBeAToken() {
        Path file = text(dir, "d.inter", "user_id:float\titem_id:token\n1\t2\n");
        loading(file).hasMessage(file + ":1: user_id is float, expected token");
    }

    @Test
    void interRowsNameTheirLine() {
        Path columns = text(dir, "c.inter", "user_id:token\titem_id:token\ttimestamp:float\n1\t2\t5\n1\t3\n");
        Path time = text(dir, "t.inter", "user_id:token\titem_id:token\ttimestamp:float\n1\t2\t5.0\n1\t3\t0.25\n");
        loading(columns).hasMessage(columns + ":3: expected 3 tab-separated columns, found 2");
        loading(time).hasMessage(time + ":3: time '0.25' is not an integer");
    }
}
