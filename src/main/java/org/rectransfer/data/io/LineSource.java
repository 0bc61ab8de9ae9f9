package org.rectransfer.data.io;

import org.rectransfer.data.BadInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.zip.ZipException;

/**
 * The lines of an opened file with their 1-based numbers. The first lines can be looked at
 * before they are consumed (format detection needs them); read errors become
 * {@link BadInputException}s naming the line reached. A format that is not line-based (a JSON
 * map, often one line for the whole file) looks at the first characters instead and then takes
 * the text as a whole through {@link #characters()}.
 */
final class LineSource implements AutoCloseable {
    /** One line and its 1-based number in the file. */
    record NumberedLine(long number, String text) { }

    private final Path file;
    private final BufferedReader reader;
    private final Deque<NumberedLine> peeked = new ArrayDeque<>();
    private long readSoFar;
    private long current;

    LineSource(Path file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
    }

    /** @return the file being read */
    Path file() { return file; }

    /** @return the next line, or null at the end; its number is then {@link #lineNumber()} */
    String next() {
        NumberedLine line = peeked.pollFirst();
        if (line != null) {
            current = line.number();
            return line.text();
        }
        String text = read();
        current = readSoFar;
        return text;
    }

    /** @return the number of the line last returned by {@link #next()} */
    long lineNumber() { return current; }

    /** @return up to {@code count} non-blank lines ahead, without consuming them */
    List<NumberedLine> peekNonBlank(int count) {
        List<NumberedLine> result = new ArrayList<>();
        for (NumberedLine line : peeked) {
            if (result.size() == count) return result;
            if (!line.text().isBlank()) result.add(line);
        }
        while (result.size() < count) {
            String text = read();
            if (text == null) break;
            NumberedLine line = new NumberedLine(readSoFar, text);
            peeked.addLast(line);
            if (!text.isBlank()) result.add(line);
        }
        return result;
    }

    /**
     * @return up to {@code count} characters from the start of the text (byte order mark left
     *         out), without consuming them; only before any line has been read. Characters, not
     *         lines: the first line of a file may be the whole file.
     */
    String peekStart(int count) {
        requireUntouched();
        try {
            reader.mark(count);
            char[] buffer = new char[count];
            int read = 0;
            while (read < count) {
                int got = reader.read(buffer, read, count - read);
                if (got < 0) break;
                read += got;
            }
            reader.reset();
            int from = read > 0 && buffer[0] == '\uFEFF' ? 1 : 0;
            return new String(buffer, from, read - from);
        } catch (IOException e) {
            throw translate(file, 1, e);
        }
    }

    /**
     * @return the whole text as characters (byte order mark skipped), for a format that is not
     *         read line by line; only before any line has been read. Closing this source closes it.
     */
    Reader characters() {
        requireUntouched();
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') reader.reset();
            return reader;
        } catch (IOException e) {
            throw translate(file, 1, e);
        }
    }

    private void requireUntouched() {
        if (readSoFar > 0) throw new IllegalStateException("lines of " + file + " were read already");
    }

    /** Skips lines up to and including line {@code number}. */
    void skipThrough(long number) {
        while (current < number && next() != null) {
            // consumed
        }
    }

    private String read() {
        try {
            String text = reader.readLine();
            if (text == null) return null;
            readSoFar++;
            // A UTF-8 byte order mark would otherwise become part of the first id or header name.
            return readSoFar == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw translate(file, readSoFar + 1, e);
        }
    }

    /** Turns a read failure into a one-line {@link BadInputException}. */
    static BadInputException translate(Path file, long line, IOException e) {
        if (InputOpener.isTruncation(e)) {
            // The reader fills its buffer ahead of the lines it hands out, so the line it was at
            // says little: count the lines the stream really holds before it breaks off.
            return new BadInputException(file, line == 0 ? 0 : completeLines(file) + 1, "truncated gzip stream (unexpected end of file)");
        }
        if (e instanceof ZipException) {
            return new BadInputException(file, line, "corrupt gzip stream (" + e.getMessage() + ")");
        }
        return new BadInputException(file, line, "read error: " + e);
    }

    /** @return how many complete lines a truncated gzip file holds before its data ends */
    private static long completeLines(Path file) {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file), 1 << 16)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int k = 0; k < n; k++) if (buffer[k] == '\n') lines++;
            }
        } catch (IOException expected) {
            // the truncation itself: everything before it has been counted
        }
        return lines;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // Everything needed has been read; a failing close loses nothing.
        }
    }
}
