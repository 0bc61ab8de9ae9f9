package org.rectransfer.data.io;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFormatTest {
    @Test
    void namesListsEveryFormatInOrder() {
        List<String> names = Arrays.stream(DataFormat.values()).map(DataFormat::cliName).toList();
        String expected = String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);

        assertThat(DataFormat.NAMES).isEqualTo(expected);
    }

    @Test
    void everyNameParsesBackAndAnUnknownOneListsThem() {
        for (DataFormat format : DataFormat.values()) {
            assertThat(DataFormat.parse(format.cliName().toUpperCase(Locale.ROOT))).isEqualTo(format);
        }
        assertThat(DataFormat.parse("json-map")).isEqualTo(DataFormat.JSON_MAP);
        assertThat(DataFormat.parse("adjacency")).isEqualTo(DataFormat.ADJACENCY);
        assertThat(DataFormat.parse("recbole")).isEqualTo(DataFormat.RECBOLE);
        assertThatThrownBy(() -> DataFormat.parse("xml")).hasMessage("unknown format 'xml' (expected " + DataFormat.NAMES + ")");
    }
}
