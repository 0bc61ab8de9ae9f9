package org.rectransfer.data.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rectransfer.data.BadInputException;
import org.rectransfer.data.io.LineSource.NumberedLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatDetectorTest {
    private static final Path FILE = Path.of("f");

    private static DataFormat detect(String line) {
        return FormatDetector.detect(FILE, new NumberedLine(1, line));
    }

    @Test
    void amazonJsonNeedsReviewerIdAndAsinAtTheTopLevel() {
        assertThat(detect("{\"asin\": \"B1\", \"x\": {\"y\": [1]}, \"reviewerID\": \"A1\"}")).isEqualTo(DataFormat.AMAZON_JSON);
        assertThatThrownBy(() -> detect("{\"x\": {\"reviewerID\": \"A1\", \"asin\": \"B1\"}}"))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> detect("{")).isInstanceOf(BadInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001713353,A1C6M8LCIX4M6M,5.0,1123804800", "B00X,u9,0.5,999999999", "i, u ,4.0,1123804800"})
    void amazonCsv(String line) {
        assertThat(detect(line)).isEqualTo(DataFormat.AMAZON_CSV);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "u1,i1,5,1123804800",             // integer rating
        "u1,i1,5.5,1123804800",           // rating above 5
        "u1,i1,4.0,11238048",             // not a unix time
        "u1,i1,4.0,1123804800,x",         // five columns
        "u1\ti1\t4.0\t1123804800",        // tabs
        "AKM1MP6P0OYPR,0132793040,5.0,1365811200", // 2014 user-first Amazon ids
        "user,item,rating,timestamp",
        "1::1193::5::978300760",
        "196 242 3 881250949",
    })
    void delimited(String line) {
        assertThat(detect(line)).isEqualTo(DataFormat.DELIMITED);
    }

    @Test
    void semicolonsAreNoSeparatorSoTheLineIsOneColumn() {
        assertThatThrownBy(() -> detect("u1;i1")).hasMessage("f:1: unknown format: a single column"
                + " (expected Amazon JSON lines, a JSON map of users to item lists, Amazon ratings CSV,"
                + " RecBole .inter, adjacency lists or delimited user/item columns)");
    }

    @Test
    void separatorsAreDetectedFromTheFirstLine() {
        assertThat(Separator.detect("a\tb c,d")).isEqualTo(Separator.TAB);
        assertThat(Separator.detect("a::b,c")).isEqualTo(Separator.DOUBLE_COLON);
        assertThat(Separator.detect("a,b c")).isEqualTo(Separator.COMMA);
        assertThat(Separator.detect("a  b")).isEqualTo(Separator.WHITESPACE);
    }

    private static DataFormat detectLines(String... lines) {
        List<NumberedLine> head = new ArrayList<>();
        for (int k = 0; k < lines.length; k++) head.add(new NumberedLine(k + 1, lines[k]));
        return FormatDetector.detect(FILE, head);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"u1\": [\"i1\", \"i2\"], \"u2\": [3]}",
        "{\n  \"u1\": [\n    \"i1\",\n",            // pretty-printed, cut by the window
        "  {\"0\": [1, 2, 3], \"1\": [4",              // one line cut inside a list
        "{\"u1\": [\"a\"], \"u2\": \"b\"}",             // a bad later entry is the reader's to report
    })
    void jsonMapWhenTheFirstValueIsAList(String start) {
        assertThat(FormatDetector.isJsonMap(start)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"reviewerID\": \"A1\", \"asin\": \"B1\", \"overall\": 5.0}\n{\"reviewerID\": \"A2\", \"asin\": \"B1\"}\n",
        "{\"image\": [\"x.jpg\"], \"reviewerID\": \"A1\", \"asin\": \"B1\"}\n",
        "{\"u1\": \"i1\"}",
        "{}",
        "[{\"u1\": [1]}]",
        "{\"u1",
        "user\titem\n",
    })
    void notAJsonMap(String start) {
        assertThat(FormatDetector.isJsonMap(start)).isFalse();
    }

    @Test
    void recBoleByTypedHeaderOrByName() {
        assertThat(detect("user_id:token\titem_id:token\trating:float\ttimestamp:float")).isEqualTo(DataFormat.RECBOLE);
        assertThat(detect("session_id:token\titem_id_list:token_seq\titem_id:token")).isEqualTo(DataFormat.RECBOLE);
        assertThat(FormatDetector.detect(Path.of("ml-1m.inter"), new NumberedLine(1, "user_id\titem_id"))).isEqualTo(DataFormat.RECBOLE);
        assertThat(FormatDetector.detect(Path.of("d/ml-1m.INTER.gz"), new NumberedLine(1, "1\t2"))).isEqualTo(DataFormat.RECBOLE);
        // An unknown type is no RecBole header: a plain delimited header with a colon in it.
        assertThat(detect("user_id:tok\titem_id:token")).isEqualTo(DataFormat.DELIMITED);
    }

    @Test
    void adjacencyWhenIntegerLinesVaryInLength() {
        assertThat(detectLines("0 10 11 12", "1 11", "2", "3 12 10")).isEqualTo(DataFormat.ADJACENCY);
        assertThat(detectLines("0 10 11", "1 11 12")).isEqualTo(DataFormat.DELIMITED);  // same count: columns
        assertThat(detectLines("0\t10\t11", "1\t11")).isEqualTo(DataFormat.DELIMITED);  // tabs: delimited
        assertThat(detectLines("u0 10 11", "u1 11")).isEqualTo(DataFormat.DELIMITED);  // not integers
        assertThat(detectLines("user item", "0 10 11", "1 11")).isEqualTo(DataFormat.DELIMITED); // a header
    }

    @Test
    void guessNamesTheFormatOrNullWithoutThrowing() {
        List<NumberedLine> jsonLine = List.of(new NumberedLine(1, "{\"u1\": [1]}"));
        assertThat(FormatDetector.guess(FILE, "{\"u1\": [1]}", jsonLine)).isEqualTo(DataFormat.JSON_MAP);
        assertThat(FormatDetector.guess(FILE, "u1;i1", List.of(new NumberedLine(1, "u1;i1")))).isNull();
        assertThat(FormatDetector.guess(FILE, "u1,i1", List.of(new NumberedLine(1, "u1,i1")))).isEqualTo(DataFormat.DELIMITED);
    }
}
