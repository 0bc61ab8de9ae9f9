package org.rectransfer.data.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTest {
    @Test
    void textIncludingNonAsciiIdsIsText() {
        String text = "user\titem\nZoë\tcafé-crème\n名前\t項目\n".repeat(20);
        assertThat(ContentSniffer.isBinary(text.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aFewLatin1BytesInTextAreTolerated() {
        String text = "user\titem\nZo\u00eb\tcaf\u00e9\n" + "u1\ti1\n".repeat(50);
        assertThat(ContentSniffer.isBinary(text.getBytes(StandardCharsets.ISO_8859_1))).isFalse();
    }

    @Test
    void aUtf8SequenceCutByTheWindowEndIsNotInvalid() {
        byte[] bytes = "ab\u00e9".getBytes(StandardCharsets.UTF_8);
        assertThat(ContentSniffer.isBinary(java.util.Arrays.copyOf(bytes, bytes.length - 1))).isFalse();
    }

    @Test
    void nulBytesOrNoiseAreBinary() {
        assertThat(ContentSniffer.isBinary("u1\ti1\0".getBytes(StandardCharsets.US_ASCII))).isTrue();
        byte[] noise = new byte[100];
        new Random(11).nextBytes(noise);
        for (int k = 0; k < noise.length; k++) if (noise[k] == 0) noise[k] = 1;
        assertThat(ContentSniffer.isBinary(noise)).isTrue();
    }

    @Test
    void utf16IsBinaryForThisReader() {
        assertThat(ContentSniffer.isBinary("u1\ti1\n".getBytes(StandardCharsets.UTF_16LE))).isTrue();
    }
}
