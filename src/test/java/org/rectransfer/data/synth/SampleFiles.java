package org.rectransfer.data.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** File helpers shared by the synthetic-data tests. */
final class SampleFiles {
    /** The committed sample data, relative to the project directory Maven runs tests in. */
    static final Path COMMITTED = Path.of("sample-data");

    private SampleFiles() { }

    /** @return the names of the regular files directly in {@code dir}, sorted */
    static List<String> namesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return null if the two files hold the same bytes, else a short description of where they
     *         first differ (line number and both lines), instead of two megabyte-long byte dumps
     */
    static String firstDifference(Path expected, Path actual) {
        try {
            byte[] a = Files.readAllBytes(expected);
            byte[] b = Files.readAllBytes(actual);
            if (java.util.Arrays.equals(a, b)) return null;
            List<String> left = Files.readAllLines(expected);
            List<String> right = Files.readAllLines(actual);
            for (int k = 0; k < Math.min(left.size(), right.size()); k++) {
                if (!left.get(k).equals(right.get(k))) {
                    return "line " + (k + 1) + ": expected <" + left.get(k) + "> but was <" + right.get(k) + ">";
                }
            }
            return "lengths differ: " + left.size() + " lines expected, " + right.size() + " found";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the lines of {@code file} */
    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
