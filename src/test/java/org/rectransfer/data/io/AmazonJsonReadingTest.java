package org.rectransfer.data.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectransfer.data.BadInputException;
import org.rectransfer.data.Dataset;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rectransfer.data.io.TestFiles.itemsOf;
import static org.rectransfer.data.io.TestFiles.load;
import static org.rectransfer.data.io.TestFiles.ordersOf;

class AmazonJsonReadingTest {
    private static final String LINE_1 = "{\"overall\": 5.0, \"verified\": true, \"reviewTime\": \"09 13, 2009\","
            + " \"reviewerID\": \"A1\", \"asin\": \"B2\", \"style\": {\"Format:\": \" Hardcover\"},"
            + " \"reviewText\": \"Great, \\\"really\\\" {great}\", \"image\": [\"x.jpg\"], \"unixReviewTime\": 1252800000}";
    private static final String LINE_2 = "{\"reviewerID\": \"A1\", \"asin\": \"B1\", \"overall\": 2.0, \"unixReviewTime\": 1000}";
    private static final String LINE_3 = "{\"reviewerID\": \"A2\", \"asin\": \"B1\", \"overall\": 4.0, \"unixReviewTime\": 2000}";

    @TempDir
    Path dir;

    @Test
    void reviewsBecomeInteractionsOrderedByReviewTime() {
        Path file = TestFiles.gzip(dir, "Books.json.gz", LINE_1 + "\n" + LINE_2 + "\n" + LINE_3 + "\n");

        LoadedDomain loaded = load(file);

        Dataset data = loaded.dataset();
        assertThat(data.name()).isEqualTo("Books");
        assertThat(loaded.report().format()).isEqualTo(DataFormat.AMAZON_JSON);
        assertThat(data.users()).isEqualTo(2);
        assertThat(itemsOf(data, "A1")).containsExactly("B1", "B2");
        assertThat(ordersOf(data, "A1")).containsExactly(1000L, 1252800000L);
    }

    @Test
    void overallIsTheRatingForTheMinimum() {
        Path file = TestFiles.text(dir, "Books.json", LINE_1 + "\n" + LINE_2 + "\n" + LINE_3 + "\n");

        LoadedDomain loaded = load(file, TestFiles.minRating(4));

        assertThat(loaded.report().belowMinRating()).isEqualTo(1);
        assertThat(itemsOf(loaded.dataset(), "A1")).containsExactly("B2");
    }

    @Test
    void withoutReviewTimeTheLineNumberOrders() {
        Path file = TestFiles.text(dir, "d.json", "{\"reviewerID\":\"A1\",\"asin\":\"B9\"}\n\n{\"reviewerID\":\"A1\",\"asin\":\"B1\"}\n");

        Dataset data = load(file).dataset();

        assertThat(itemsOf(data, "A1")).containsExactly("B9", "B1");
        assertThat(ordersOf(data, "A1")).containsExactly(1L, 3L);
    }

    @Test
    void aLineWithoutReviewerIdIsBad() {
        Path file = TestFiles.text(dir, "d.json", LINE_2 + "\n{\"asin\": \"B1\", \"overall\": 5.0}\n");

        assertThatThrownBy(() -> load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ":2: missing reviewerID");
    }

    @Test
    void aLineWithoutAsinIsBad() {
        Path file = TestFiles.text(dir, "d.json", LINE_2 + "\n{\"reviewerID\": \"A1\"}\n");

        assertThatThrownBy(() -> load(file)).hasMessage(file + ":2: missing asin");
    }

    @Test
    void invalidJsonIsABadLineWithAOneLineMessage() {
        Path file = TestFiles.text(dir, "d.json", LINE_2 + "\n{\"reviewerID\": \"A1\", \"asin\": \n");

        assertThatThrownBy(() -> load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":2: invalid JSON: ")
                .message().doesNotContain("\n");
    }

    @Test
    void aNonNumericOverallIsBad() {
        Path file = TestFiles.text(dir, "d.json", LINE_2 + "\n{\"reviewerID\":\"A1\",\"asin\":\"B3\",\"overall\":\"good\"}\n");

        assertThatThrownBy(() -> load(file)).hasMessage(file + ":2: rating (overall) 'good' is not a number");
    }

    @Test
    void anEmptyReviewerIdIsBad() {
        Path file = TestFiles.text(dir, "d.json", LINE_2 + "\n{\"reviewerID\":\"\",\"asin\":\"B3\"}\n");

        assertThatThrownBy(() -> load(file)).hasMessage(file + ":2: empty user id (reviewerID)");
    }

    @Test
    void badLinesAreSkippedAndCountedWhenAsked() {
        Path file = TestFiles.text(dir, "d.json", LINE_2 + "\nnot json\n" + LINE_3 + "\n{\"asin\":\"B1\"}\n");

        LoadedDomain loaded = load(file, TestFiles.skipping());

        assertThat(loaded.dataset().interactions()).isEqualTo(2);
        assertThat(loaded.report().lines()).isEqualTo(4);
        assertThat(loaded.report().badLines()).isEqualTo(2);
        assertThat(loaded.report().firstBadLine()).startsWith(file + ":2: ");
    }
}
