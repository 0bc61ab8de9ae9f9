package org.rectransfer.data.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rectransfer.data.BadInputException;
import org.rectransfer.data.io.LineSource.NumberedLine;

import java.nio.file.Path;

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
                + " (expected Amazon JSON lines, Amazon ratings CSV or delimited user/item columns)");
    }

    @Test
    void separatorsAreDetectedFromTheFirstLine() {
        assertThat(Separator.detect("a\tb c,d")).isEqualTo(Separator.TAB);
        assertThat(Separator.detect("a::b,c")).isEqualTo(Separator.DOUBLE_COLON);
        assertThat(Separator.detect("a,b c")).isEqualTo(Separator.COMMA);
        assertThat(Separator.detect("a  b")).isEqualTo(Separator.WHITESPACE);
    }
}
