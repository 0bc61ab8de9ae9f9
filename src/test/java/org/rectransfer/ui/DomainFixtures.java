package org.rectransfer.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/**
 * Tiny domain files in the sample-data format ({@code user	item	seq} with a header) whose
 * counts are known by construction: {@code heavy} users with {@code heavyDegree} interactions
 * each (user h takes items h .. h+heavyDegree-1, so they survive the min-20 filter) and
 * {@code light} users with {@code lightDegree} interactions on items of their own (filtered out).
 */
final class DomainFixtures {
    private DomainFixtures() { }

    /**
     * Writes Book (source), Office and Movie (gzipped) and a malformed Broken file, plus a
     * README that must be ignored. Book repeats one (user, item) pair, merged on reading. Expected: Book 5 users / 32 items / 85 interactions raw,
     * 3 / 27 / 75 after the filter; Office 6 / 24 / 52 raw, 2 / 21 / 40 after; Movie 1 / 30 / 30
     * both ways; Broken fails on line 3.
     */
    static void writeStandardSet(Path dir) throws IOException {
        write(dir.resolve("Book-tiny.tsv"), 3, 25, 2, 5);
        Files.writeString(dir.resolve("Book-tiny.tsv"), "h0\ti0\t999\n", StandardOpenOption.APPEND);
        write(dir.resolve("Office-tiny.tsv"), 2, 20, 4, 3);
        writeGzip(dir.resolve("Movie-tiny.tsv.gz"), 1, 30, 0, 0);
        Files.writeString(dir.resolve("Broken-tiny.tsv"), "user\titem\tseq\nu1\ti1\t1\ngarbage\n");
        Files.writeString(dir.resolve("README.md"), "# tiny domains for the UI tests\n");
    }

    static void write(Path file, int heavy, int heavyDegree, int light, int lightDegree) throws IOException {
        Files.writeString(file, content(heavy, heavyDegree, light, lightDegree), StandardCharsets.UTF_8);
    }

    static void writeGzip(Path file, int heavy, int heavyDegree, int light, int lightDegree) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content(heavy, heavyDegree, light, lightDegree).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String content(int heavy, int heavyDegree, int light, int lightDegree) {
        StringBuilder text = new StringBuilder("user\titem\tseq\n");
        int seq = 0;
        for (int h = 0; h < heavy; h++) {
            for (int k = 0; k < heavyDegree; k++) text.append("h").append(h).append("\ti").append(h + k).append('\t').append(seq++).append('\n');
        }
        for (int l = 0; l < light; l++) {
            for (int k = 0; k < lightDegree; k++) text.append("l").append(l).append("\tj").append(k).append('\t').append(seq++).append('\n');
        }
        return text.toString();
    }
}
