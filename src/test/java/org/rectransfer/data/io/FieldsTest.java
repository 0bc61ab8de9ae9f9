package org.rectransfer.data.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldsTest {
    private static double number(String text) throws BadLineException {
        return Fields.number(text, 0, text.length(), "rating");
    }

    private static long integer(String text) throws BadLineException {
        return Fields.integer(text, 0, text.length(), "time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "5.0", "4.5", "-1.25", "0.1", ".5", "3.", "123456789012345.6", "1e3", "2.5E-1", "+4"})
    void numbersParseExactlyAsJavaDoes(String text) throws BadLineException {
        assertThat(number(text)).isEqualTo(Double.parseDouble(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "five", "NaN", "Infinity", "5d", "0x1p3", "1.2.3", "4 stars"})
    void nonNumbersAreBad(String text) {
        assertThatThrownBy(() -> number(text)).isInstanceOf(BadLineException.class)
                .hasMessage("rating '" + text + "' is not a number");
    }

    @Test
    void integersAllowASignAndATrailingZeroFraction() throws BadLineException {
        assertThat(integer("978300760")).isEqualTo(978300760L);
        assertThat(integer("-7")).isEqualTo(-7L);
        assertThat(integer("978300760.000")).isEqualTo(978300760L);
        assertThat(integer(String.valueOf(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void integersRejectFractionsDatesAndOverflow() {
        assertThatThrownBy(() -> integer("12.5")).hasMessage("time '12.5' is not an integer");
        assertThatThrownBy(() -> integer("2014-01-02")).hasMessage("time '2014-01-02' is not an integer");
        assertThatThrownBy(() -> integer("")).hasMessage("time '' is not an integer");
        assertThatThrownBy(() -> integer("9223372036854775808")).hasMessage("time '9223372036854775808' is out of range");
    }

    @Test
    void longValuesAreShortenedInMessages() {
        String id = "x".repeat(500);
        assertThatThrownBy(() -> number(id)).hasMessage("rating '" + "x".repeat(40) + "...' is not a number");
    }

    @Test
    void emptyIdsAreBad() {
        assertThatThrownBy(() -> Fields.id("a,,b", 2, 2, "item")).hasMessage("empty item id");
    }
}
