package org.rectransfer.data.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a domain in the project's delimited format: a header {@code user<TAB>item<TAB>seq},
 * then one interaction per line, users in id order, each user's items in sequence order,
 * {@code seq} counting from 0. Always '\n' line ends, so the bytes do not depend on the platform.
 */
final class TsvWriter {
    static final String HEADER = "user\titem\tseq";

    private TsvWriter() { }

    /** Writes {@code domain} to {@code file}, replacing it. */
    static void write(SyntheticDomain domain, Path file) throws IOException {
        StringBuilder text = new StringBuilder(domain.interactions() * 20 + 16);
        text.append(HEADER).append('\n');
        for (int u = 0; u < domain.users(); u++) {
            int[] sequence = domain.sequence(u);
            for (int seq = 0; seq < sequence.length; seq++) {
                text.append(domain.userId(u)).append('\t')
                        .append(domain.itemId(sequence[seq])).append('\t')
                        .append(seq).append('\n');
            }
        }
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
