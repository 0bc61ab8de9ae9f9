package org.rectransfer.data.io;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeparatorTest {
    private static List<String> split(Separator separator, String line) {
        int[] bounds = new int[2 * separator.split(line, new int[0])];
        separator.split(line, bounds);
        List<String> columns = new ArrayList<>();
        for (int k = 0; k < bounds.length; k += 2) columns.add(line.substring(bounds[k], bounds[k + 1]));
        return columns;
    }

    @Test
    void tabKeepsEmptyColumnsAndTrimsSpaces() {
        assertThat(split(Separator.TAB, "a\t\t b \t")).containsExactly("a", "", "b", "");
    }

    @Test
    void commaStripsOnePairOfQuotes() {
        assertThat(split(Separator.COMMA, "\"a\",\"\"b\"\", c")).containsExactly("a", "\"b\"", "c");
    }

    @Test
    void doubleColonIsOneSeparator() {
        assertThat(split(Separator.DOUBLE_COLON, "1::1193::5::978300760")).containsExactly("1", "1193", "5", "978300760");
    }

    @Test
    void whitespaceRunsAreOneSeparatorAndEndsAreIgnored() {
        assertThat(split(Separator.WHITESPACE, "  196 \t 242   3\t")).containsExactly("196", "242", "3");
    }

    @Test
    void countsColumnsBeyondTheRoomForBounds() {
        int[] bounds = new int[4];
        assertThat(Separator.COMMA.split("a,b,c,d,e", bounds)).isEqualTo(5);
        assertThat(bounds).containsExactly(0, 1, 2, 3);
    }
}
